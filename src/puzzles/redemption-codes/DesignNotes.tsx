// The designs and their trade-offs, briefly, with the link to the card that has the full answer.
import { Link } from '../../ui/router/router.tsx';
import { s } from './strings.ts';

/** `cardPath` comes from the route (app/paths.ts): features do not import the app. */
export function DesignNotes({ cardPath }: { cardPath: (cardId: string) => string }) {
  return (
    <section className="panel" aria-labelledby="codes-design-title">
      <h2 id="codes-design-title">{s.designTitle}</h2>
      <div className="table-scroll">
        <table className="codes-designs">
          <thead>
            <tr>
              <th scope="col">{s.designCols.name}</th>
              <th scope="col">{s.designCols.how}</th>
              <th scope="col">{s.designCols.good}</th>
              <th scope="col">{s.designCols.bad}</th>
            </tr>
          </thead>
          <tbody>
            {s.designs.map((d) => (
              <tr key={d.name}>
                <th scope="row">{d.name}</th>
                <td>{d.how}</td>
                <td>{d.good}</td>
                <td>{d.bad}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul>
        {s.designPoints.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p>
        <Link to={cardPath('redemption-codes')}>{s.cardLink}</Link>
      </p>
    </section>
  );
}
