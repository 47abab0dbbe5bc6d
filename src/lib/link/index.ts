/**
 * Share links: the page's address describes the scenario, readably.
 *
 * Format v2 (a query string; every param but `v` is optional):
 *   v=2            format version (always written; v=1 links go through migrations.ts and
 *                  keep their meaning: version 2 only adds params)
 *   p=ID           the preset the scenario starts from (mou-2025 when left out, whatever
 *                  preset the page opens on: LINK_BASE_PRESET_ID)
 *   lang=en|ko     language;  seed=N  seed of anything random (0..4294967295)
 * Only what differs from the preset is written, numbers as exact decimal text:
 *   name           scenario name (`name` alone, without `=`, removes the preset's name)
 *   sy h d         startYear, horizon, discountRate
 *   gdp rg inf fx fxd res resg    economy: gdp0, realGrowth, inflation, fx0, fxDrift,
 *                                 reserves0, reservesGrowth
 *   el abs va      trade: elasticity, exporterAbsorption, valueAddedShare
 *   tax            (v2) economy.taxRatio
 *   hz ey pc       (v2) dealRisk: hazard, endYear (empty: none), paymentsContinue
 *   sr ay se       (v2) trade: shortRunElasticity (empty: = elasticity), adjustmentYears,
 *                  substitutionElasticity (empty: none)
 *   tn             number of tranches, when it differs from the preset's
 *   tK.name tK.i tK.a      tranche K (0..7): name, instrument, amount
 *   tK.m tK.dl             schedule mode and delay
 *   tK.y tK.c tK.am tK.f   years (even), cap (cap), amounts (custom, comma-separated),
 *                          formula (formula): only the one of the mode is read
 *   tK.r tK.l tK.kl tK.s1 tK.s2 tK.ri tK.tn tK.g tK.tr    returnRate, lossRate,
 *                          koreaLossShare, koreaShareBeforeRecoup, koreaShareAfterRecoup,
 *                          recoupInterest, tenor, grace, terminalRecovery
 *   tK.cy                  (v2) continuationYears
 *   sn             number of sectors, when it differs from the preset's
 *   sK.name sK.x sK.gr sK.tb sK.tnd sK.td    sector K (0..11): name, exports0, growth,
 *                          tariffBaseline, tariffNoDeal, tariffDeal; a tariff is a rate or
 *                          (v2) a path of steps `from_rate` joined by `*`: `2026_0.15*2029_0.1`
 *   sK.lb sK.sh sK.ctb sK.ctn sK.ctd    (v2) legalBasis, shareOfUsImports, and the
 *                          competitors' tariffs (baseline, no deal, deal); empty: not set
 *   a.p, a.*       scenario A of a comparison, the same params under `a.` (a.p always written)
 * Tranches and sectors beyond the preset's start from a template (flat.ts) that matches
 * the page's "add" buttons. Packed form, used only when the readable link would pass
 * LINK_SOFT_LIMIT (2,000 characters): `tK=i,a,m,dl,r,l,kl,s1,s2,ri,tn,g,tr` and
 * `sK=x,gr,tb,tnd,td`, an empty slot meaning "as the preset"; it decodes to the same
 * state. Example: `v=2&p=japan-style&lang=ko&d=0.05&t0.m=cap&t0.c=15`.
 */
export {
	decodeLink,
	linkHasFormula,
	MAX_LINK_LENGTH,
	MAX_PARAMS,
	type DecodedLink,
	type DecodeOptions
} from './decode';
export { encodeLink, LINK_SOFT_LIMIT, SEED_MAX } from './encode';
export { templateSector, templateTranche } from './flat';
export { LINK_BASE_PRESET_ID } from './base';
export { LINK_MIGRATIONS, LINK_VERSION, upgradeParams, type LinkMigration } from './migrations';
/** The page state a link carries, and the notices about what could not be used. */
export type { LinkNotice, LinkState, NoticeReason, RawParam } from './types';
