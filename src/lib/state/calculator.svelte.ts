/**
 * The page's one state: the scenario being edited (Scenario JSON, as files and links
 * hold it), the language and currency, and the projection computed from it. Work is
 * coalesced to one computation per animation frame, so a slider drag never queues up.
 */
import { translate, type Currency, type Lang, type MessageKey } from '../i18n/index';
import { problemText } from '../i18n/problems';
import type { Problem, ScenarioJson } from '../model/index';
import { DEFAULT_PRESET_ID, presetById, sourceFor, type Preset, type Source } from '../presets/index';
import type { ComputedView } from './defaultProjection';
import { loadFor, readyFor } from './engine';
import { cloneJson } from './json';
import { toView, type ProjectionView } from './view';

/** The Monte Carlo seed a link leaves out (the date the MOU was signed). */
export const DEFAULT_SEED = 20251114;

export class Calculator {
	json = $state<ScenarioJson>(cloneJson((presetById(DEFAULT_PRESET_ID) as Preset).scenario));
	/**
	 * The scenario as JSON text, as a file or a link holds it: written once per edit and
	 * shared by everything keyed on the scenario (the computation, the hinges, the copies
	 * of `plain()`). Reading it makes an effect run again on any edit that changes it.
	 */
	readonly text: string = $derived(JSON.stringify(this.json));
	presetId = $state<string>(DEFAULT_PRESET_ID);
	lang = $state<Lang>('en');
	currency = $state<Currency>('usd');
	/** The pinned comparison scenario A (null when nothing is pinned). */
	compareJson = $state<ScenarioJson | null>(null);
	/** The preset scenario A started from. */
	comparePresetId = $state<string | null>(null);
	/** The seed of the Monte Carlo draws (travels in the link). */
	seed = $state(DEFAULT_SEED);
	/** The projection of the pinned scenario A (null when nothing is pinned). */
	compareView = $state.raw<ProjectionView | null>(null);
	#compareKey = '';
	/** The projection of the last valid scenario (null before the first computation). */
	view = $state.raw<ProjectionView | null>(null);
	/** What is wrong with the scenario on screen (empty when it is valid). */
	problems = $state.raw<Problem[]>([]);
	/** Milliseconds the last computation took (validation + engine + view). */
	lastComputeMs = $state(0);
	/** Increases with every finished computation (tests and benchmarks wait on it). */
	computeCount = $state(0);

	#pending: string | null = null;
	/** The latest scenario waiting for the engine or the formula module to load. */
	#waiting: string | null = null;
	#frame = 0;
	/** The scenario `view` shows, as JSON text: computing it again would give the same view. */
	#viewKey = '';

	/** The text of a key in the page's language. */
	t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.lang, key, params);

	/**
	 * The scenario as a file or a link holds it: a plain copy, parsed from `text`. An effect
	 * or derived that calls it runs again on any edit, and it costs far less than
	 * $state.snapshot, which copies every number and string through structuredClone.
	 */
	plain(): ScenarioJson {
		return JSON.parse(this.text) as ScenarioJson;
	}

	get preset(): Preset {
		return presetById(this.presetId) ?? (presetById(DEFAULT_PRESET_ID) as Preset);
	}

	/**
	 * Computes the scenario of JSON text `text` now if nothing was computed in this frame,
	 * else once at the next frame with the latest text: at most one computation per frame,
	 * and no wait for the first edit of a drag.
	 */
	schedule(text: string): void {
		if (this.#frame) {
			this.#pending = text;
			return;
		}
		this.compute(text);
		const next = () => {
			this.#frame = 0;
			const pending = this.#pending;
			this.#pending = null;
			if (pending) this.schedule(pending);
		};
		this.#frame =
			typeof requestAnimationFrame === 'function'
				? requestAnimationFrame(next)
				: (setTimeout(next, 16) as unknown as number);
	}

	/**
	 * Puts in place a scenario and its projection computed elsewhere (the build's, of the
	 * page's preset) while nothing is on view yet: the page's first load, or a preset's
	 * page (which clears the view). Nothing to compute at load, and the scenario is not read
	 * through its reactive proxy (that costs a long task on a phone). Once a projection
	 * is on view, the scenario on screen stays (the reader's edits, after a navigation).
	 */
	adopt(computed: ComputedView): void {
		if (this.view) return;
		this.json = cloneJson(computed.json);
		this.view = computed.view;
		this.#viewKey = JSON.stringify(computed.json);
	}

	/**
	 * Validates and simulates the scenario of JSON text `key` now (nothing to do when it is
	 * the one on view); keeps the last valid projection when there are problems.
	 */
	compute(key: string): void {
		const t0 = performance.now();
		if (key === this.#viewKey && this.problems.length === 0) {
			this.lastComputeMs = performance.now() - t0;
			this.computeCount++;
			return;
		}
		const json = JSON.parse(key) as ScenarioJson;
		const ready = readyFor(json);
		if (!ready) {
			// Computed once what it needs is in, with the latest scenario waiting by then.
			const first = this.#waiting === null;
			this.#waiting = key;
			if (!first) return;
			loadFor(json).then(() => {
				const latest = this.#waiting;
				this.#waiting = null;
				if (latest !== null) this.compute(latest);
			});
			return;
		}
		// A later scenario computed now: none waiting for a module may replace it when that arrives.
		this.#waiting = null;
		const run = ready.model.runScenario(json, ready.options);
		if (run.ok) {
			this.view = toView(run.projection);
			this.#viewKey = key;
		}
		this.problems = run.ok ? [] : run.problems;
		this.lastComputeMs = performance.now() - t0;
		this.computeCount++;
	}

	/** Pins the scenario on screen as A, the baseline every chart and card compares with. */
	pin(): void {
		this.compareJson = this.plain();
		this.comparePresetId = this.presetId;
		this.refreshCompare();
	}

	/** Back to one scenario. */
	unpin(): void {
		this.compareJson = null;
		this.comparePresetId = null;
		this.refreshCompare();
	}

	/**
	 * Recomputes A's projection when A changed (it rarely does: on pin, unpin, or a link).
	 * A pinned formula scenario waits for the formula module, then is computed.
	 */
	refreshCompare(): void {
		const json = this.compareJson ? cloneJson(this.compareJson) : null;
		const key = json ? JSON.stringify(json) : '';
		if (key === this.#compareKey) return;
		const ready = json ? readyFor(json) : null;
		if (json && !ready) {
			this.compareView = null;
			loadFor(json).then(() => this.refreshCompare());
			return;
		}
		this.#compareKey = key;
		const run = json && ready ? ready.model.runScenario(json, ready.options) : null;
		this.compareView = run?.ok ? toView(run.projection) : null;
	}

	/** Loads a preset (its scenario replaces the one on screen). */
	loadPreset(id: string): void {
		const preset = presetById(id);
		if (!preset) return;
		this.presetId = id;
		this.json = cloneJson(preset.scenario);
	}

	/** The source of a field of the preset, its label in the page's language. */
	source(path: string): Source | undefined {
		const found = sourceFor(this.preset, path);
		if (!found || this.lang !== 'ko' || !found.labelKo) return found;
		return { ...found, label: found.labelKo };
	}

	/**
	 * The name of tranche or sector k as the page shows it: the preset's Korean name on the
	 * Korean page while the name is the preset's own (the data, and so the link, keep the
	 * preset's name); whatever the user typed otherwise.
	 */
	nameOf(list: 'tranches' | 'sectors', k: number, name: string): string {
		if (this.lang !== 'ko') return name;
		const ko = this.preset.names?.ko[list][k];
		const own =
			list === 'tranches' ? this.preset.scenario.tranches[k]?.name : this.preset.scenario.trade.sectors[k]?.name;
		return ko !== undefined && own === name ? ko : name;
	}

	/** The scenario on screen with its tranche names as the page shows them (for labels, never for computing). */
	get namedJson(): ScenarioJson {
		const json = this.json;
		if (this.lang !== 'ko') return json;
		return { ...json, tranches: json.tranches.map((t, k) => ({ ...t, name: this.nameOf('tranches', k, t.name) })) };
	}

	/** The scenario's name as the page shows it: the preset's Korean title while it is the preset's own name. */
	scenarioName(name: string | undefined): string {
		if (name === undefined) return '';
		return this.lang === 'ko' && name === this.preset.scenario.name ? this.preset.title.ko : name;
	}

	/** Problems whose path is `path` or lies under it. */
	problemsAt(path: string): Problem[] {
		return this.problems.filter(
			(p) => p.path === path || p.path.startsWith(path + '.') || p.path.startsWith(path + '[')
		);
	}

	/** What is wrong with the field at `path` itself, as its editor shows it (undefined when nothing is). */
	problemAt = (path: string): string | undefined => {
		const found = this.problems.find((p) => p.path === path);
		return found && this.problemMessage(found);
	};

	/** A problem as the page says it, in the page's language. */
	problemMessage = (p: Problem): string => problemText(this.lang, p);
}

/** The page's calculator. */
export const calc = new Calculator();
