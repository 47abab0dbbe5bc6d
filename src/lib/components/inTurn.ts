/**
 * Work that can wait its turn (creating a chart, rendering a group of controls): one job
 * per task, so several parts coming into view at once never make one long task that
 * holds up a key press or a tap.
 */
const jobs: (() => void)[] = [];
let scheduled = false;

function next(): void {
	scheduled = false;
	jobs.shift()?.();
	if (jobs.length > 0) schedule();
}

function schedule(): void {
	if (scheduled) return;
	scheduled = true;
	setTimeout(next, 0);
}

/** Runs `job` in a task of its own, after the jobs queued before it. */
export function inTurn(job: () => void): void {
	jobs.push(job);
	schedule();
}
