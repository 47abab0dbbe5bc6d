/**
 * Plain JSON values. A module of its own, with no import: the calculator and the link's
 * storage need the copy at first load, and importing it from `edit.ts` would bring the
 * link codec (the templates of new tranches) into the first load with it.
 */

/** A deep copy of a plain JSON value (a $state proxy too: JSON reads it as the object it stands for). */
export function cloneJson<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
