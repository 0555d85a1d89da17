// An application log as a Spring Boot service writes it (logback's default pattern:
// `yyyy-MM-dd HH:mm:ss.SSS LEVEL [thread] logger - message`), with Java stack traces under the
// ERROR lines (exception line, then `\tat frame` lines). Two hours of traffic; at 10:15 the
// database pool runs dry and a burst of ERRORs appears, the incident the exercises look at.
// Errors elsewhere are rare and scattered, so "the errors around 10:15" has one clear answer.
import { type Random, createRandom, randomInt } from '../../kernel/random.ts';

const START_MS = Date.UTC(2024, 2, 1, 9, 0, 0);
const END_MS = Date.UTC(2024, 2, 1, 11, 0, 0);
const INCIDENT_FROM = Date.UTC(2024, 2, 1, 10, 15, 0);
const INCIDENT_TO = Date.UTC(2024, 2, 1, 10, 16, 0);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

const INFO = [
  'c.e.order.OrderController - GET /api/v1/orders 200 in %d ms',
  'c.e.user.UserController - GET /api/v1/users/me 200 in %d ms',
  'c.e.search.SearchService - query "nginx" returned %d hits',
  'o.s.k.l.KafkaMessageListenerContainer - partitions assigned: [orders-%d]',
];

const HIKARI = [
  'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
  '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)',
  '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)',
  '\tat com.example.order.OrderRepository.findById(OrderRepository.java:42)',
  '\tat com.example.order.OrderService.load(OrderService.java:88)',
];

const NPE = [
  'java.lang.NullPointerException: Cannot invoke "com.example.user.Address.getCity()" because "address" is null',
  '\tat com.example.user.UserService.shippingCity(UserService.java:57)',
  '\tat com.example.user.UserController.me(UserController.java:31)',
];

function thread(random: Random): string {
  return `[http-nio-8080-exec-${1 + randomInt(random, 10)}]`;
}

export function appLog(seed: number): string {
  const random = createRandom(seed ^ 0xa991);
  const out: string[] = [];
  let now = START_MS;
  while (now < END_MS) {
    const inIncident = now >= INCIDENT_FROM && now < INCIDENT_TO;
    now += inIncident ? 1500 + randomInt(random, 2500) : 2000 + randomInt(random, 8000);
    const t = stamp(now);
    if (inIncident && random() < 0.4) {
      out.push(`${t} ERROR ${thread(random)} c.e.order.OrderService - Failed to load order ${1000 + randomInt(random, 9000)}`, ...HIKARI);
    } else if (!inIncident && random() < 0.004) {
      out.push(`${t} ERROR ${thread(random)} c.e.user.UserController - Request failed`, ...NPE);
    } else if (random() < 0.05) {
      out.push(`${t} WARN  ${thread(random)} c.e.order.OrderService - slow query on orders took ${800 + randomInt(random, 2000)} ms`);
    } else {
      const template = INFO[randomInt(random, INFO.length)] as string;
      out.push(`${t} INFO  ${thread(random)} ${template.replace('%d', String(1 + randomInt(random, 400)))}`);
    }
  }
  return `${out.join('\n')}\n`;
}
