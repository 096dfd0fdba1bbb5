/**
 * The quarters, halves and periods of a game are no calendar periods: "the Hawks went on a
 * 14-0 run in the fourth quarter", "19 of them in the second half", "broke his wrist in the
 * third quarter of a game". Business news names fiscal quarters in the same words ("profit
 * rose 9 percent in the fourth quarter"), so a quarter is a game's only when its sentence tells
 * a game and names no money.
 */
import type { Context } from './context';

/** Words that tell a game, each with the kind of sentence that called for it. */
const GAME_WORDS = new Set([
	// "scored 31 points, 19 of them in the second half"
	'points',
	'scored',
	'scoring',
	// "went on a 14-0 run in the fourth quarter"
	'run',
	// "trailed by 12 at the start of the fourth quarter", "led 21-7 in the second half"
	'trailed',
	'led',
	'lead',
	// "broke his wrist in the third quarter of a game against Utah"
	'game',
	'match',
	// "threw two touchdowns in the second half", "a goal in the first half"
	'touchdown',
	'touchdowns',
	'goal',
	'goals',
	'basket',
	'baskets',
	'rebounds',
	'assists',
	'halftime',
	'overtime',
	'quarterback',
	'innings',
	'inning',
	'possession',
	'possessions',
	'whistle',
	'buzzer',
	'kickoff'
]);

/** Words that make the sentence a business one: "profit rose in the fourth quarter". */
const MONEY_WORDS = new Set([
	'profit',
	'profits',
	'revenue',
	'revenues',
	'earnings',
	'sales',
	'income',
	'fiscal',
	'shares',
	'dividend',
	'economy',
	'gdp',
	'million',
	'billion',
	'$',
	// "the Dow fell 50 points in the first half of trading"
	'trading',
	'dow',
	'index',
	'stocks',
	'market',
	'nasdaq'
]);

/** How far either way from the quarter its sentence is read. */
const REACH = 40;

/** Whether the quarter or half at tokens [start, end) is a game's, not a calendar period. */
export function isGamePeriod(ctx: Context, start: number, end: number): boolean {
	// "in the third quarter of a game", "the first half of the match"
	const after = ctx.tokens[end]?.lower === 'of' ? ctx.tokens[end + 2]?.lower : undefined;
	if (after === 'game' || after === 'match') return true;
	let game = false;
	for (let j = start; j >= 0 && start - j <= REACH; j--) {
		const w = ctx.tokens[j]!.lower;
		if (MONEY_WORDS.has(w)) return false;
		if (GAME_WORDS.has(w)) game = true;
		if (ctx.tokens[j]!.sentenceStart) break;
	}
	for (let j = end; j < ctx.tokens.length && j - end <= REACH; j++) {
		if (ctx.tokens[j]!.sentenceStart) break;
		const w = ctx.tokens[j]!.lower;
		if (MONEY_WORDS.has(w)) return false;
		if (GAME_WORDS.has(w)) game = true;
	}
	return game;
}
