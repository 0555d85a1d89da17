// Questions from the puzzles' solvers: is this hand of the 24 game solvable, and how many ways to
// climb n stairs with these step sizes.
import { canReach } from '../../../puzzles/24-game/core/can-reach.ts';
import { waysDp } from '../../../puzzles/climbing-stairs/core/dp.ts';
import { between, fillItem, pick, trueFalseItem, type Generator } from './generated.ts';

export const game24: Generator = {
  id: 'game-24',
  deckId: 'coding-puzzles',
  generate(random, n) {
    const hand = Array.from({ length: 4 }, () => between(random, 1, 13));
    const solvable = canReach(hand, 24);
    return {
      cardId: 'game-24',
      link: `puzzle:24-game?nums=${hand.join(',')}`,
      item: trueFalseItem(
        `gen:game-24:${n}`,
        {
          zh: `24 点：${hand.join('、')} 用加减乘除（可以出现分数）能算出 24。`,
          en: `24 game: ${hand.join(', ')} can make 24 with + − × ÷ (fractions allowed).`,
        },
        solvable,
        {
          zh: `穷举所有两数合并的方式（带分数的精确运算）${solvable ? '能找到解' : '都得不到 24'}；到谜题页看完整的解或无解的证明。`,
          en: `Trying every way to combine two numbers (exact fractions) ${solvable ? 'finds a solution' : 'never reaches 24'}; the puzzle page shows every solution or the proof there is none.`,
        },
      ),
    };
  },
};

export const stairs: Generator = {
  id: 'climbing-stairs',
  deckId: 'coding-puzzles',
  generate(random, n) {
    const steps = pick(random, [
      [1, 2],
      [1, 2],
      [1, 3],
      [1, 2, 3],
      [2, 3],
    ]);
    const stairsN = between(random, 4, 12);
    const ways = waysDp(stairsN, steps);
    return {
      cardId: 'climbing-stairs',
      link: `puzzle:climbing-stairs?n=${stairsN}&steps=${steps.join(',')}&method=dp`,
      item: fillItem(
        `gen:climbing-stairs:${n}`,
        {
          zh: `爬 ${stairsN} 级台阶，每次只能走 ${steps.join(' 或 ')} 级，有多少种走法？`,
          en: `Climb ${stairsN} stairs taking ${steps.join(' or ')} steps at a time. How many ways?`,
        },
        [ways.toString()],
        {
          zh: `f(i) = ${steps.map((s) => `f(i−${s})`).join(' + ')}，f(0) = 1：f(${stairsN}) = ${ways}。`,
          en: `f(i) = ${steps.map((s) => `f(i−${s})`).join(' + ')} with f(0) = 1: f(${stairsN}) = ${ways}.`,
        },
      ),
    };
  },
};
