// The dashboard: one page, six views chosen by the URL's hash (#/now, #/charts?..., #/energy, #/events, #/reports,
// #/health?week=...), so that every view can be bookmarked and shared. Everything it shows comes from the logger's own API.
import uPlot from "./webjars/uplot/1.6.30/dist/uPlot.esm.js";

// ---- words: the page's own words in English and German; field labels stay as the catalog has them ----

const WORDS = {
    en: {
        now: "Now", charts: "Charts", energy: "Energy", events: "Events", reports: "Reports",
        tokenAsk: "This logger needs its API token.", tokenSave: "Save",
        state: "State", heating: "heating", hotWater: "hot water", defrost: "defrost", off: "off", error: "error",
        utilityLock: "utility lock", flow: "Flow", return: "Return", outdoor: "Outdoor", hotWaterTemp: "Hot water",
        target: "target", mean: "mean", compressor: "Compressor", heatingPump: "Heating pump",
        hotWaterPump: "Hot-water pump", circulationPump: "Circulation pump", on: "on", offState: "off",
        heatOutput: "Heat output", powerInput: "Power input", lastPoll: "Last poll", ago: "ago",
        logger: "Logger", ready: "ready", notReady: "not ready", buffered: "buffered polls", controller: "Controller",
        range6h: "6 h", rangeDay: "Day", rangeWeek: "Week", rangeMonth: "Month", rangeYear: "Year", custom: "Custom",
        from: "From", to: "To", show: "Show", fieldSearch: "Search fields by name or label", earlier: "Earlier",
        later: "Later", temperatures: "Temperatures", compressorModes: "Compressor and modes",
        heatPower: "Heat and power", noData: "No data in this range", pointsShown: "points",
        daily: "Daily", monthly: "Monthly", seasons: "Heating seasons", heat: "Heat", electricity: "Electricity",
        cop: "COP", factor: "Performance factor", period: "Period", coverage: "Coverage", noSummary: "No summary yet",
        kind: "Kind", all: "all", time: "Time", ended: "Ended", subject: "Subject", text: "Text", filter: "Filter",
        previous: "Previous", next: "Next", page: "Page", of: "of", writeNow: "Write now", written: "Written",
        name: "Name", folder: "Folder", size: "Size", modified: "Modified", download: "Download", noReports: "No reports yet",
        failed: "failed", loading: "Loading…", markers: "errors (red) and defrosts (blue) marked",
        heatHeating: "Heating", heatHotWater: "Hot water",
        chartHint: "drag: zoom in · wheel: zoom around the pointer · Shift+drag: move",
        health: "Health", week: "Week", openFile: "Open as file (HTML)", overall: "Overall", findings: "Findings",
        "severity-ok": "OK", "severity-notice": "Notice", "severity-warning": "Warning",
        "severity-unsupported": "Not assessed", rule: "rule", why: "Why it is not assessed",
        judgedAgainst: "Judged against", source: "Source", evidence: "Where it shows", advice: "Advice",
        heatSource: "Heat source", fromSetting: "setting HEATPUMP_SOURCE", fromController: "the controller's heat-pump type",
        ratedOutput: "Rated output", notGiven: "not given", computed: "Computed",
        seasonal: "Seasonal performance factor", controllerReported: "controller-reported",
        noSeasonal: "No seasonal factor for this period.",
        heatCaveat: "The Luxtronik calculates its heat quantity from temperatures and an assumed flow; no calibrated"
            + " meter measures it. Every COP and factor here is controller-reported.",
        health404: "No health report: this heat pump is unknown, or nothing was logged in this period.",
        health400: "This period cannot be reported.",
        health503: "The logger cannot compute the report right now.",
    },
    de: {
        now: "Jetzt", charts: "Verläufe", energy: "Energie", events: "Ereignisse", reports: "Berichte",
        tokenAsk: "Dieser Logger verlangt seinen API-Token.", tokenSave: "Speichern",
        state: "Zustand", heating: "Heizen", hotWater: "Warmwasser", defrost: "Abtauen", off: "aus", error: "Störung",
        utilityLock: "EVU-Sperre", flow: "Vorlauf", return: "Rücklauf", outdoor: "Außen", hotWaterTemp: "Warmwasser",
        target: "Soll", mean: "Mittel", compressor: "Verdichter", heatingPump: "Heizungspumpe",
        hotWaterPump: "Warmwasserpumpe", circulationPump: "Zirkulationspumpe", on: "an", offState: "aus",
        heatOutput: "Heizleistung", powerInput: "Leistungsaufnahme", lastPoll: "Letzte Abfrage", ago: "her",
        logger: "Logger", ready: "bereit", notReady: "nicht bereit", buffered: "gepufferte Abfragen",
        controller: "Regler", range6h: "6 Std.", rangeDay: "Tag", rangeWeek: "Woche", rangeMonth: "Monat",
        rangeYear: "Jahr", custom: "Eigener", from: "Von", to: "Bis", show: "Zeigen",
        fieldSearch: "Felder nach Name oder Bezeichnung suchen", earlier: "Früher", later: "Später",
        temperatures: "Temperaturen", compressorModes: "Verdichter und Betriebsarten", heatPower: "Wärme und Leistung",
        noData: "Keine Daten in diesem Zeitraum", pointsShown: "Punkte", daily: "Täglich", monthly: "Monatlich",
        seasons: "Heizperioden", heat: "Wärme", electricity: "Strom", cop: "COP", factor: "Jahresarbeitszahl",
        period: "Zeitraum", coverage: "Abdeckung", noSummary: "Noch keine Auswertung", kind: "Art", all: "alle",
        time: "Zeit", ended: "Ende", subject: "Betreff", text: "Text", filter: "Filter", previous: "Zurück",
        next: "Weiter", page: "Seite", of: "von", writeNow: "Jetzt schreiben", written: "Geschrieben", name: "Name",
        folder: "Ordner",
        size: "Größe", modified: "Geändert", download: "Herunterladen", noReports: "Noch keine Berichte",
        failed: "fehlgeschlagen", loading: "Lädt…", markers: "Störungen (rot) und Abtauungen (blau) markiert",
        heatHeating: "Heizen", heatHotWater: "Warmwasser",
        chartHint: "Ziehen: vergrößern · Mausrad: um den Zeiger zoomen · Umschalt+Ziehen: verschieben",
        health: "Diagnose", week: "Woche", openFile: "Als Datei öffnen (HTML)", overall: "Gesamt", findings: "Befunde",
        "severity-ok": "In Ordnung", "severity-notice": "Hinweis", "severity-warning": "Warnung",
        "severity-unsupported": "Nicht beurteilt", rule: "Regel", why: "Warum nicht beurteilt",
        judgedAgainst: "Verglichen mit", source: "Quelle", evidence: "Wo es sich zeigt", advice: "Empfehlung",
        heatSource: "Wärmequelle", fromSetting: "Einstellung HEATPUMP_SOURCE", fromController: "Wärmepumpentyp des Reglers",
        ratedOutput: "Nennleistung", notGiven: "nicht angegeben", computed: "Berechnet",
        seasonal: "Jahresarbeitszahl", controllerReported: "vom Regler gemeldet",
        noSeasonal: "Keine Jahresarbeitszahl für diesen Zeitraum.",
        heatCaveat: "Die Luxtronik berechnet ihre Wärmemenge aus Temperaturen und einem angenommenen Durchfluss; kein"
            + " geeichter Zähler misst sie. Alle COP-Werte und Arbeitszahlen hier sind vom Regler gemeldet.",
        health404: "Kein Diagnosebericht: Diese Wärmepumpe ist unbekannt, oder in diesem Zeitraum wurde nichts"
            + " aufgezeichnet.",
        health400: "Für diesen Zeitraum gibt es keinen Bericht.",
        health503: "Der Logger kann den Bericht gerade nicht berechnen.",
    },
};
const LANG = ((navigator.languages && navigator.languages[0]) || navigator.language || "en").toLowerCase().startsWith("de") ? "de" : "en";
const t = (key) => WORDS[LANG][key] ?? WORDS.en[key] ?? key;
const LOCALE = LANG === "de" ? "de-DE" : undefined;

// ---- the API: relative addresses (works behind a proxy under a prefix), the token asked once and kept ----

const TOKEN_KEY = "lux-logger.token";
let tokenAsked = null;

function askToken() {
    if (!tokenAsked) {
        tokenAsked = new Promise((resolve) => {
            const form = document.getElementById("token");
            form.hidden = false;
            const input = document.getElementById("token-value");
            input.focus();
            form.onsubmit = (event) => {
                event.preventDefault();
                localStorage.setItem(TOKEN_KEY, input.value.trim());
                form.hidden = true;
                tokenAsked = null;
                resolve();
            };
        });
    }
    return tokenAsked;
}

// with several heat pumps the one shown: named in the URL (controller=), so that a bookmark shows the same heat
// pump, and kept in the browser for links without it; the API's own default (the only one) otherwise
const CONTROLLER_KEY = "lux-logger.controller";
let controllers = [];
let controller = null;

function withController(path) {
    if (!controller || !path.startsWith("api/") || path.startsWith("api/controllers") || /[?&]controller=/.test(path)) {
        return path;
    }
    return path + (path.includes("?") ? "&" : "?") + "controller=" + encodeURIComponent(controller);
}

async function call(path, options = {}) {
    path = withController(path);
    for (;;) {
        const headers = new Headers(options.headers || {});
        const token = localStorage.getItem(TOKEN_KEY);
        if (token) headers.set("Authorization", "Bearer " + token);
        if (options.method && options.method !== "GET") headers.set("X-Requested-By", "lux-logger");
        const response = await fetch(path, { ...options, headers });
        if (response.status !== 401 || !path.startsWith("api/")) return response;
        localStorage.removeItem(TOKEN_KEY);
        await askToken();
    }
}

async function json(path, options) {
    const response = await call(path, options);
    const body = await response.json().catch(() => null);
    if (!response.ok && !path.startsWith("health/")) {
        throw new Error((body && body.error) || response.status + " " + response.statusText);
    }
    return body;
}

// ---- small DOM helpers ----

function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
        if (key === "class") node.className = value;
        else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
        else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    }
    return node;
}

const number = (value, digits = 1) =>
    value === null || value === undefined ? "–" : Number(value).toLocaleString(LOCALE, {
        minimumFractionDigits: digits, maximumFractionDigits: digits });
const dateTime = (iso) => (iso ? new Date(iso).toLocaleString(LOCALE) : "");
const problem = (error) => el("p", { class: "problem" }, String(error.message || error));

function age(seconds) {
    if (seconds < 90) return Math.round(seconds) + " s";
    if (seconds < 5400) return Math.round(seconds / 60) + " min";
    if (seconds < 172800) return Math.round(seconds / 3600) + " h";
    return Math.round(seconds / 86400) + " d";
}

// ---- the router: the view is the hash, so it is in the URL ----

let leave = () => {};

function view() {
    const [page, query] = location.hash.replace(/^#\/?/, "").split("?");
    return { page: PAGES[page] ? page : "now", params: new URLSearchParams(query || "") };
}

/** Keeps the shown view in the URL without drawing it again. */
function remember(page, params) {
    const query = params.toString();
    history.replaceState(null, "", "#/" + page + (query ? "?" + query : ""));
}

/** With several heat pumps: the one the URL names, else the one chosen last (then named in the URL too). */
function chooseController(page, params) {
    if (controllers.length < 2) return;
    const asked = params.get("controller");
    const chosen = controllers.includes(asked) ? asked
        : controllers.includes(localStorage.getItem(CONTROLLER_KEY)) ? localStorage.getItem(CONTROLLER_KEY) : controllers[0];
    if (chosen !== controller) catalog = null;
    controller = chosen;
    localStorage.setItem(CONTROLLER_KEY, chosen);
    document.getElementById("controller").value = chosen;
    if (asked !== chosen) {
        params.set("controller", chosen);
        remember(page, params);
    }
}

async function route() {
    leave();
    leave = () => {};
    const { page, params } = view();
    chooseController(page, params);
    document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.page === page));
    const main = document.getElementById("page");
    main.replaceChildren(el("p", { class: "muted" }, t("loading")));
    main.dataset.page = page;
    try {
        leave = (await PAGES[page](main, params)) || (() => {});
    } catch (error) {
        main.replaceChildren(problem(error));
    }
    // when the page was drawn, in the Navigation Timing API's time: the page-load test reads it
    main.dataset.drawn = String(Math.round(performance.now()));
}

// ---- Now ----

const FIELD = (name) => "calculations." + name;

function operatingState(values) {
    const status = values.get(FIELD("ID_WEB_HauptMenuStatus_Zeile1"));
    if (status && status.raw === 3) return { word: t("error"), kind: "error" };
    const mode = values.get(FIELD("ID_WEB_WP_BZ_akt"));
    switch (mode && mode.raw) {
        case 0:
        case 6:
            return { word: t("heating"), kind: "heating" };
        case 1:
            return { word: t("hotWater"), kind: "hot-water" };
        case 3:
            return { word: t("off") + " (" + t("utilityLock") + ")", kind: "off" };
        case 4:
            return { word: t("defrost"), kind: "defrost" };
        case 5:
            return { word: t("off"), kind: "off" };
        default:
            return { word: mode ? String(mode.value) : "–", kind: "other" };
    }
}

function temperature(values, word, name, targetWord, targetName) {
    const reading = values.get(FIELD(name));
    if (!reading) return null;
    const target = targetName && values.get(FIELD(targetName));
    return el("div", { class: "tile", "data-field": reading.name },
        el("span", { class: "label", title: reading.label }, word),
        el("span", { class: "value" }, number(reading.value), " ", reading.unit),
        target ? el("span", { class: "target" }, targetWord + " " + number(target.value) + " " + target.unit) : null);
}

function switches(values) {
    const items = [["compressor", "ID_WEB_VD1out"], ["heatingPump", "ID_WEB_HUPout"],
        ["hotWaterPump", "ID_WEB_BUPout"], ["circulationPump", "ID_WEB_ZIPout"]];
    return el("ul", { class: "switches" }, items
        .filter(([, name]) => values.has(FIELD(name)))
        .map(([word, name]) => {
            const on = values.get(FIELD(name)).value === true;
            return el("li", { class: on ? "on" : "off", "data-field": FIELD(name) },
                t(word) + ": " + (on ? t("on") : t("offState")));
        }));
}

function power(values, word, name) {
    const reading = values.get(FIELD(name));
    if (!reading || reading.value === null) return null;
    return el("div", { class: "tile", "data-field": reading.name },
        el("span", { class: "label", title: reading.label }, word),
        el("span", { class: "value" }, number(reading.value / 1000, 2), " kW"));
}

function loggerHealth(health) {
    if (!health) return null;
    const checks = health.checks || [];
    const polling = checks.find((check) => check.name === "polling");
    const down = checks.filter((check) => check.status !== "UP");
    const data = (polling && polling.data) || {};
    // one heat pump: the buffer's figure; several: the line of the one shown (the buffer is not told apart)
    const line = data.buffered !== undefined ? el("li", { class: "buffered" }, t("buffered") + ": " + data.buffered)
        : controller && data["controller." + controller] !== undefined
            ? el("li", { class: "polling" }, controller + ": " + data["controller." + controller]) : null;
    return el("section", { class: "health " + (health.status === "UP" ? "up" : "down") },
        el("h2", {}, t("logger") + ": " + (health.status === "UP" ? t("ready") : t("notReady"))),
        el("ul", {}, down.map((check) => el("li", {}, check.name + ": " + ((check.data || {}).problem || check.status))),
            line));
}

function intervalOf(health) {
    const configuration = ((health && health.checks) || []).find((check) => check.name === "configuration");
    const seconds = configuration && configuration.data && Number(configuration.data.intervalSeconds);
    return seconds > 0 ? seconds : 30;
}

async function nowPage(main) {
    let timer = null;
    let gone = false;
    const draw = async () => {
        const [latest, health] = await Promise.all([
            json("api/readings/latest").catch((error) => ({ error })), json("health/ready").catch(() => null)]);
        if (gone) return;
        const parts = [];
        if (latest.error) {
            parts.push(problem(latest.error));
        } else {
            const values = new Map(latest.values.map((reading) => [reading.name, reading]));
            const state = operatingState(values);
            const seconds = Math.max(0, (Date.now() - Date.parse(latest.time)) / 1000);
            parts.push(
                el("section", { class: "state " + state.kind },
                    el("span", { class: "label" }, t("state")), el("strong", { id: "state" }, state.word),
                    el("span", { class: "muted", id: "poll-age", "data-time": latest.time },
                        t("lastPoll") + ": " + (LANG === "de" ? "vor " + age(seconds) : age(seconds) + " " + t("ago")))),
                el("section", { class: "tiles" },
                    temperature(values, t("flow"), "ID_WEB_Temperatur_TVL"),
                    temperature(values, t("return"), "ID_WEB_Temperatur_TRL", t("target"), "ID_WEB_Sollwert_TRL_HZ"),
                    temperature(values, t("outdoor"), "ID_WEB_Temperatur_TA", t("mean"), "ID_WEB_Mitteltemperatur"),
                    temperature(values, t("hotWaterTemp"), "ID_WEB_Temperatur_TBW", t("target"), "ID_WEB_Einst_BWS_akt"),
                    power(values, t("heatOutput"), "Heat_Output"),
                    power(values, t("powerInput"), "AC_Power_Input")),
                switches(values),
                el("p", { class: "muted", id: "now-controller", "data-controller": latest.controller },
                    t("controller") + ": " + latest.controller +
                    (latest.firmware ? " · " + latest.firmware : "") + (latest.simulated ? " · simulator" : "")));
        }
        parts.push(loggerHealth(health));
        main.replaceChildren(...parts.filter(Boolean));
        timer = setTimeout(() => draw().catch((error) => main.replaceChildren(problem(error))),
            intervalOf(health) * 1000);
    };
    await draw();
    return () => {
        gone = true;
        clearTimeout(timer);
    };
}

// ---- Charts ----

const RANGES = { "6h": 6 * 3600, day: 86400, week: 7 * 86400, month: 31 * 86400, year: 366 * 86400 };
const READY = {
    temperatures: ["ID_WEB_Temperatur_TVL", "ID_WEB_Temperatur_TRL", "ID_WEB_Sollwert_TRL_HZ",
        "ID_WEB_Temperatur_TA", "ID_WEB_Temperatur_TBW"],
    compressorModes: ["ID_WEB_VD1out", "ID_WEB_HUPout", "ID_WEB_BUPout", "ID_WEB_WP_BZ_akt"],
    heatPower: ["Heat_Output", "AC_Power_Input"],
};
const COLOURS = ["#d33", "#36c", "#2a2", "#c80", "#909", "#0aa", "#666", "#a52", "#58f", "#b4b"];
// above a day the server is asked for about one point per pixel (points=N); it answers raw polls if it cannot
const RAW_LIMIT = 86400;

let catalog = null;

async function fieldCatalog() {
    if (!catalog) {
        const latest = await json("api/readings/latest");
        catalog = latest.values.map((reading) => ({ name: reading.name, label: reading.label, unit: reading.unit }));
    }
    return catalog;
}

function chartRange(params) {
    const to = params.get("to") ? Date.parse(params.get("to")) : Date.now();
    const range = params.get("range") || "day";
    const from = params.get("from") ? Date.parse(params.get("from")) : to - (RANGES[range] || 86400) * 1000;
    return { from, to, range: params.get("from") ? "custom" : range };
}

function picker(fields, onPick) {
    const input = el("input", { type: "search", id: "field-search", placeholder: t("fieldSearch"),
        "aria-label": t("fieldSearch") });
    const list = el("ul", { class: "matches", id: "field-matches" });
    input.addEventListener("input", () => {
        const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        const query = words.join(" ");
        // of ~1,800 fields the measured values (calculations) and labels that begin with the words come first
        const rank = (field) => (field.label.toLowerCase().startsWith(query) ? 0 : 2) +
            (field.name.startsWith("calculations.") ? 0 : 1);
        const found = words.length === 0 ? [] : catalog
            .filter((field) => words.every((word) => (field.name + " " + field.label).toLowerCase().includes(word)))
            .sort((a, b) => rank(a) - rank(b)).slice(0, 40);
        list.replaceChildren(...found.map((field) => el("li", {},
            el("button", { type: "button", "data-field": field.name, onclick: () => {
                input.value = "";
                list.replaceChildren();
                onPick(field.name);
            } }, field.label + " ", el("small", {}, field.name + (field.unit ? " [" + field.unit + "]" : ""))))));
    });
    return el("div", { class: "picker" }, input, list);
}

function toNumber(value, categories) {
    if (value === null || value === undefined) return null;
    if (typeof value === "boolean") return value ? 1 : 0;
    if (typeof value === "number") return value;
    if (!categories.includes(value)) categories.push(value);
    return categories.indexOf(value);
}

// errors and defrosts of the journal: elements of their own over the plot (an error a line, a defrost its span),
// each with its time and text as a tooltip, placed again at every redraw (zoom, move, resize)
function markerPlugin(events) {
    let layer = null;
    const at = (u, iso) => u.valToPos(Date.parse(iso) / 1000, "x");
    return {
        hooks: {
            init: (u) => {
                layer = el("div", { class: "markers" });
                u.over.append(layer);
            },
            draw: (u) => {
                const [min, max] = [u.scales.x.min * 1000, u.scales.x.max * 1000];
                layer.replaceChildren(...events
                    .filter((event) => Date.parse(event.ended || event.time) >= min && Date.parse(event.time) <= max)
                    .map((event) => {
                        const left = Math.max(0, at(u, event.time));
                        const right = event.ended ? Math.min(u.over.clientWidth, at(u, event.ended)) : left;
                        return el("span", { class: "marker " + event.kind, "data-kind": event.kind,
                            "data-time": event.time, style: "left:" + left + "px;width:" + Math.max(2, right - left) + "px",
                            title: event.kind + " " + dateTime(event.time) + (event.text ? ": " + event.text : "") });
                    }));
            },
        },
    };
}

// the wheel zooms around the pointer, Shift+drag moves the range; both show the new range at once and then ask
// for it (into the URL, the data fetched anew) once the hand rests
function panZoomPlugin(shown, onRange) {
    let settle = null;
    const ask = (u) => {
        clearTimeout(settle);
        settle = setTimeout(() => onRange(shown[0] * 1000, shown[1] * 1000), 400);
    };
    const move = (u, min, max) => {
        shown[0] = min;
        shown[1] = max;
        u.setScale("x", { min, max });
    };
    return {
        hooks: {
            init: (u) => {
                u.over.addEventListener("wheel", (event) => {
                    event.preventDefault();
                    const [min, max] = shown;
                    const pointer = u.posToVal(event.clientX - u.over.getBoundingClientRect().left, "x");
                    const factor = event.deltaY < 0 ? 0.8 : 1.25;
                    // no closer than a minute
                    if (factor < 1 && (max - min) * factor < 60) return;
                    move(u, pointer - (pointer - min) * factor, pointer + (max - pointer) * factor);
                    ask(u);
                }, { passive: false });
                // before uPlot's own mousedown on the plot, which would start a zoom selection
                u.root.addEventListener("mousedown", (down) => {
                    if (!down.shiftKey || down.button !== 0 || !u.over.contains(down.target)) return;
                    down.preventDefault();
                    down.stopPropagation();
                    const [min, max] = shown;
                    const perPixel = (max - min) / u.over.clientWidth;
                    let moved = 0;
                    const drag = (event) => {
                        moved = event.clientX - down.clientX;
                        move(u, min - moved * perPixel, max - moved * perPixel);
                    };
                    const drop = () => {
                        document.removeEventListener("mousemove", drag);
                        document.removeEventListener("mouseup", drop);
                        if (Math.abs(moved) > 2) ask(u);
                    };
                    document.addEventListener("mousemove", drag);
                    document.addEventListener("mouseup", drop);
                }, true);
            },
            destroy: () => clearTimeout(settle),
        },
    };
}

function plot(target, series, fields, events, range, onZoom) {
    const times = series.points.map((point) => Date.parse(point.time) / 1000);
    const raw = fields.map((field) => series.points.map((point) => point.values[field.name] ?? null));
    // flags and texts (pumps, operating mode) are states: each gets a lane of its own below the measured values,
    // and the legend shows the value itself ("on", "defrost")
    const isState = raw.map((values) => values.some((v) => typeof v === "boolean" || typeof v === "string"));
    const lanes = fields.filter((_, i) => isState[i]);
    const units = [...new Set(fields.filter((_, i) => !isState[i]).map((field) => field.unit || ""))];
    const columns = [times, ...raw.map((values, i) => {
        if (!isState[i]) return values;
        const lane = lanes.indexOf(fields[i]);
        const categories = [];
        const numbers = values.map((v) => toNumber(v, categories));
        const top = Math.max(1, ...numbers.filter((v) => v !== null));
        return numbers.map((v) => (v === null ? null : lane + 0.8 * v / top));
    })];
    const axes = [{}];
    units.slice(0, 2).forEach((unit, i) => axes.push({ scale: "u" + i, side: i === 0 ? 3 : 1, label: unit,
        grid: { show: i === 0 }, size: 60 }));
    if (units.length === 0) {
        const longest = Math.max(...lanes.map((field) => field.label.length));
        axes.push({ scale: "states", side: 3, size: Math.min(260, 16 + 7 * longest), splits: () => lanes.map((_, lane) => lane + 0.4),
            values: (u, ticks) => ticks.map((tick) => (lanes[Math.round(tick - 0.4)] || {}).label || "") });
    }
    const shown = (v) => (v === null || v === undefined ? "–" : typeof v === "boolean" ? (v ? t("on") : t("offState")) : v);
    const width = Math.max(300, target.clientWidth || 800);
    // the requested range, also where the logger has no polls (yet); the wheel and Shift+drag change it in place
    const span = times.length === 0 ? [range.from / 1000, range.to / 1000]
        : [Math.min(range.from / 1000, times[0]), Math.max(range.to / 1000, times[times.length - 1])];
    const chart = new uPlot({
        width, height: Math.min(420, Math.max(240, Math.round(width * 0.5))),
        scales: { x: { time: true, range: () => [span[0], span[1]] },
            states: { range: () => [-0.2, Math.max(1, lanes.length)] } },
        series: [{}, ...fields.map((field, i) => ({
            label: field.label + (field.unit ? " [" + field.unit + "]" : ""),
            scale: isState[i] ? "states" : "u" + units.indexOf(field.unit || ""),
            // a downsampled answer holds each field only at the times its bucket kept it: draw through them
            stroke: COLOURS[i % COLOURS.length], width: 1.5, spanGaps: Boolean(series.downsampled),
            points: { show: false },
            paths: isState[i] ? uPlot.paths.stepped({ align: 1 }) : undefined,
            value: (u, v, seriesIndex, index) => (index === null ? "–" : shown(raw[i][index])),
        }))],
        axes, plugins: [markerPlugin(events), panZoomPlugin(span, onZoom)],
        hooks: { draw: [() => (target.dataset.drawn = String(Math.round(performance.now())))], setSelect: [(u) => {
            if (u.select.width < 5) return;
            const from = u.posToVal(u.select.left, "x");
            const to = u.posToVal(u.select.left + u.select.width, "x");
            u.setSelect({ width: 0, height: 0 }, false);
            onZoom(from * 1000, to * 1000);
        }] },
        cursor: { drag: { x: true, y: false, setScale: false } },
    }, columns, target);
    return chart;
}

async function chartsPage(main, params) {
    await fieldCatalog();
    const fieldNames = (params.get("fields") || READY.temperatures.map(FIELD).join(",")).split(",").filter(Boolean);
    const { from, to, range } = chartRange(params);
    const show = (changes) => {
        const next = new URLSearchParams(params);
        for (const [key, value] of Object.entries(changes)) {
            if (value === null) next.delete(key);
            else next.set(key, value);
        }
        location.hash = "#/charts?" + next.toString();
    };
    const iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");
    const local = (ms) => new Date(ms - new Date(ms).getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    const fromInput = el("input", { type: "datetime-local", id: "from", value: local(from) });
    const toInput = el("input", { type: "datetime-local", id: "to", value: local(to) });
    const span = to - from;
    const controls = el("section", { class: "controls" },
        el("div", { class: "buttons ready" }, Object.keys(READY).map((key) => el("button", { type: "button",
            "data-ready": key, onclick: () => show({ fields: READY[key].map(FIELD).join(",") }) }, t(key)))),
        el("div", { class: "buttons ranges" }, Object.keys(RANGES).map((key) => el("button", { type: "button",
            "data-range": key, class: range === key ? "active" : "",
            onclick: () => show({ range: key, from: null, to: null }) },
            t("range" + (key === "6h" ? "6h" : key[0].toUpperCase() + key.slice(1)))))),
        el("div", { class: "custom" },
            el("label", {}, t("from") + " ", fromInput), el("label", {}, t("to") + " ", toInput),
            el("button", { type: "button", onclick: () => show({ range: "custom",
                from: iso(Date.parse(fromInput.value)), to: iso(Date.parse(toInput.value)) }) }, t("show")),
            el("button", { type: "button", onclick: () => show({ from: iso(from - span / 2), to: iso(to - span / 2) }) },
                "◀ " + t("earlier")),
            el("button", { type: "button", onclick: () => show({ from: iso(from + span / 2), to: iso(to + span / 2) }) },
                t("later") + " ▶")));
    const chosen = el("ul", { class: "chosen" }, fieldNames.map((name) => el("li", {},
        (catalog.find((field) => field.name === name) || { label: name }).label + " ",
        el("button", { type: "button", "aria-label": "remove " + name, onclick: () =>
            show({ fields: fieldNames.filter((other) => other !== name).join(",") }) }, "×"))));
    const area = el("div", { class: "chart", id: "chart" });
    const status = el("p", { class: "muted", id: "chart-status" }, t("loading"));
    main.replaceChildren(controls, picker(catalog, (name) => show({ fields: [...fieldNames, name].join(",") })),
        chosen, area, status);
    remember("charts", params);
    if (fieldNames.length === 0) return;

    const query = new URLSearchParams({ from: iso(from), to: iso(to), fields: fieldNames.join(",") });
    if (span / 1000 > RAW_LIMIT) {
        query.set("points", String(Math.min(2000, Math.max(200, Math.round(area.clientWidth || 1000)))));
    }
    const [series, events] = await Promise.all([
        json("api/readings?" + query),
        json("api/events?" + new URLSearchParams({ from: iso(from), to: iso(to), kind: "error,defrost", size: "1000" }))
            .then((answer) => answer.events).catch(() => [])]);
    const fields = series.fields.map((name) => catalog.find((field) => field.name === name) || { name, label: name });
    area.dataset.from = series.from;
    area.dataset.to = series.to;
    area.dataset.points = series.points.length;
    area.dataset.downsampled = Boolean(series.downsampled);
    // an empty range is drawn too (its axes), so that the wheel and Shift+drag can leave it
    const chart = plot(area, series, fields, events, { from, to }, (zoomFrom, zoomTo) =>
        show({ range: "custom", from: iso(zoomFrom), to: iso(zoomTo) }));
    status.textContent = (series.points.length === 0 ? t("noData") : series.points.length.toLocaleString(LOCALE) +
        " " + t("pointsShown")) + (series.downsampled ? " (downsampled)" : "") +
        (events.length ? " · " + t("markers") : "") + " · " + t("chartHint");
    const resize = () => chart.setSize({ width: Math.max(300, area.clientWidth), height: chart.height });
    window.addEventListener("resize", resize);
    return () => {
        window.removeEventListener("resize", resize);
        chart.destroy();
    };
}

// ---- Energy ----

// heat as one bar made of heating (below) and hot water (above), electricity beside it; the legend shows each
// part's own figure. Pool heat, where there is any, is in the table's total only.
function bars(target, rows, period) {
    const x = rows.map((_, i) => i);
    // days as "11-30": the year only makes the labels collide
    const short = (label) => (period === "day" ? label.slice(5) : label);
    const width = Math.max(300, target.clientWidth || 800);
    const own = (name) => (u, v, seriesIndex, index) => (index === null || !rows[index] ? "–" : number(rows[index][name]));
    const heating = rows.map((row) => row.heatHeating);
    const stacked = rows.map((row) => (row.heatHeating === null && row.heatHotWater === null ? null
        : (row.heatHeating || 0) + (row.heatHotWater || 0)));
    const bar = (align) => uPlot.paths.bars({ size: [0.4, 60], align });
    return new uPlot({
        width, height: 260,
        scales: { x: { time: false, range: [-0.5, rows.length - 0.5] } },
        axes: [{ space: 48, incrs: [1, 2, 3, 5, 7, 10, 15, 30], values: (u, ticks) => ticks.map((tick) => (rows[tick] ? short(rows[tick].label) : "")) },
            { label: "kWh", size: 60 }],
        series: [{ label: t("period"), value: (u, v) => (rows[v] ? rows[v].label : "") },
            // drawn first and as high as both: what shows above the heating bar is hot water
            { label: t("heat") + ": " + t("heatHotWater") + " [kWh]", fill: "rgba(42,111,214,.75)", stroke: "#2a6fd6",
                paths: bar(-1), points: { show: false }, value: own("heatHotWater") },
            { label: t("heat") + ": " + t("heatHeating") + " [kWh]", fill: "rgba(220,80,40,.8)", stroke: "#c40",
                paths: bar(-1), points: { show: false }, value: own("heatHeating") },
            { label: t("electricity") + " [kWh]", fill: "rgba(90,90,90,.6)", stroke: "#444",
                paths: bar(1), points: { show: false }, value: own("electricTotal") }],
    }, [x, stacked, heating, rows.map((row) => row.electricTotal)], target);
}

function summaryTable(rows) {
    return el("table", { class: "summary", id: "summary" },
        el("thead", {}, el("tr", {}, [t("period"), t("heatHeating") + " kWh", t("heatHotWater") + " kWh",
            t("heat") + " kWh", t("electricity") + " kWh", t("cop"), t("coverage")].map((word) => el("th", {}, word)))),
        el("tbody", {}, rows.slice().reverse().map((row) => el("tr", { "data-label": row.label },
            el("td", {}, row.label), el("td", { "data-heating": "" }, number(row.heatHeating)),
            el("td", { "data-hot-water": "" }, number(row.heatHotWater)), el("td", {}, number(row.heatTotal)),
            el("td", {}, number(row.electricTotal)), el("td", {}, number(row.factorTotal, 2)),
            el("td", {}, number(row.coverage, 0) + " %")))));
}

async function energyPage(main, params) {
    const period = params.get("period") === "month" ? "month" : "day";
    const [rows, seasons] = await Promise.all([json("api/summary?period=" + period).then((answer) => answer.rows),
        json("api/summary?period=season").then((answer) => answer.rows).catch(() => [])]);
    const area = el("div", { class: "chart", id: "energy-chart" });
    main.replaceChildren(
        el("div", { class: "buttons" }, ["day", "month"].map((key) => el("a", {
            class: "button" + (period === key ? " active" : ""), href: "#/energy?period=" + key },
            t(key === "day" ? "daily" : "monthly")))),
        seasons.length ? el("section", { class: "tiles" }, seasons.slice(-2).map((season) => el("div", { class: "tile" },
            el("span", { class: "label" }, t("factor") + " " + season.label),
            el("span", { class: "value", "data-season": season.label }, number(season.factorTotal, 2)),
            el("span", { class: "target" }, number(season.heatTotal, 0) + " / " + number(season.electricTotal, 0) +
                " kWh")))) : null,
        area, rows.length ? summaryTable(rows) : el("p", { class: "muted" }, t("noSummary")));
    if (rows.length === 0) return;
    const chart = bars(area, rows, period);
    return () => chart.destroy();
}

// ---- Events ----

const KINDS = ["error", "switch-off", "compressor-run", "defrost", "hot-water-run", "utility-lock", "operating-mode",
    "controller-restart", "clock-set", "firmware-change", "unreachable", "logger-down", "setting-change"];

async function eventsPage(main, params) {
    const kind = params.get("kind") || "";
    const page = Math.max(1, Number(params.get("page")) || 1);
    const query = new URLSearchParams({ page: String(page), size: "100" });
    if (kind) query.set("kind", kind);
    const answer = await json("api/events?" + query);
    const go = (changes) => {
        const next = new URLSearchParams(params);
        Object.entries(changes).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
        location.hash = "#/events?" + next;
    };
    const filter = el("input", { type: "search", id: "event-filter", placeholder: t("filter") });
    const rows = answer.events.map((event) => el("tr", { class: "kind-" + event.kind },
        el("td", {}, dateTime(event.time)), el("td", {}, dateTime(event.ended)), el("td", {}, event.kind),
        el("td", {}, event.subject ?? ""), el("td", {}, event.text ?? "",
            event.old !== undefined && event.old !== null ? " (" + event.old + " → " + event.new + ")" : "")));
    filter.addEventListener("input", () => {
        const word = filter.value.toLowerCase();
        rows.forEach((row) => (row.hidden = word !== "" && !row.textContent.toLowerCase().includes(word)));
    });
    const pages = Math.max(1, Math.ceil(answer.total / answer.size));
    main.replaceChildren(
        el("div", { class: "controls" },
            el("label", {}, t("kind") + " ", el("select", { id: "event-kind",
                onchange: (event) => go({ kind: event.target.value, page: null }) },
                el("option", { value: "" }, t("all")),
                KINDS.map((key) => el("option", { value: key, selected: key === kind ? "selected" : null }, key)))),
            filter),
        el("div", { class: "scroll" }, el("table", { class: "events", id: "events" },
            el("thead", {}, el("tr", {}, ["time", "ended", "kind", "subject", "text"].map((w) => el("th", {}, t(w))))),
            el("tbody", {}, rows))),
        el("div", { class: "buttons" },
            el("button", { type: "button", disabled: page <= 1 ? "disabled" : null,
                onclick: () => go({ page: String(page - 1) }) }, t("previous")),
            el("span", {}, t("page") + " " + page + " " + t("of") + " " + pages + " (" + answer.total + ")"),
            el("button", { type: "button", disabled: page >= pages ? "disabled" : null,
                onclick: () => go({ page: String(page + 1) }) }, t("next"))));
}

// ---- Reports ----

async function download(report) {
    const response = await call(report.href.replace(/^\//, ""));
    if (!response.ok) throw new Error(response.status + " " + response.statusText);
    save(await response.blob(), report.name);
}

// a file fetched with the token, handed to the browser as a download (a plain link could not send the token)
function save(blob, name) {
    const link = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

async function reportsPage(main) {
    const list = await json("api/reports");
    const message = el("p", { id: "report-message", class: "muted" });
    const write = el("button", { type: "button", id: "write-now", onclick: async () => {
        write.disabled = true;
        try {
            const answer = await json("api/reports", { method: "POST" });
            await route();
            document.getElementById("report-message").textContent =
                t("written") + ": " + answer.written.map((report) => report.name).join(", ");
        } catch (error) {
            message.textContent = t("writeNow") + " " + t("failed") + ": " + error.message;
            write.disabled = false;
        }
    } }, t("writeNow"));
    main.replaceChildren(el("div", { class: "buttons" }, write), message,
        list.length === 0 ? el("p", { class: "muted" }, t("noReports")) : el("div", { class: "scroll" },
            el("table", { class: "reports", id: "reports" },
                el("thead", {}, el("tr", {}, [t("name"), t("folder"), t("controller"), t("size"), t("modified")]
                    .map((word) => el("th", {}, word)))),
                el("tbody", {}, list.map((report) => el("tr", {},
                    el("td", {}, el("a", { href: report.href.replace(/^\//, ""), "data-name": report.name,
                        onclick: (event) => {
                        event.preventDefault();
                        download(report).catch((error) => (message.textContent = error.message));
                    } }, report.name)),
                    el("td", {}, report.folder), el("td", {}, report.controller),
                    el("td", {}, number(report.bytes / 1024, 1) + " KiB"),
                    el("td", {}, dateTime(report.modified))))))));
}

// ---- Health ----

// an ISO week ("2026-W49") of a local day: the week's Thursday decides the year
function isoWeek(date) {
    const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
    day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
    const year = day.getUTCFullYear();
    return year + "-W" + String(Math.ceil(((day - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7)).padStart(2, "0");
}

/** The week {@code by} weeks after {@code week}: from its Monday (4 January is always in week 1). */
function shiftWeek(week, by) {
    const [, year, number] = /^(\d{4})-W(\d{2})$/.exec(week);
    const fourth = new Date(Number(year), 0, 4);
    return isoWeek(new Date(Number(year), 0, 4 - ((fourth.getDay() || 7) - 1) + (Number(number) - 1 + by) * 7));
}

// times in the report's zone (the logger's), as the HTML report has them; the browser's own if it does not know it
function zoned(iso, zone) {
    try {
        return iso ? new Date(iso).toLocaleString(LOCALE, { timeZone: zone }) : "";
    } catch (error) {
        return dateTime(iso);
    }
}

const WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const plusDays = (day, days) => new Date(Date.parse(day + "T00:00:00Z") + days * 86400000).toISOString().slice(0, 10);
// figures as the HTML report writes them: as many decimals as their size needs
const figure = (value) => (value === null || value === undefined ? "–" : Number(value).toLocaleString(LOCALE,
    { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2 }));

function severityBadge(severity) {
    const key = severity || "unsupported";
    return el("span", { class: "severity " + key, "data-severity": key }, t("severity-" + key));
}

// a span that shows a finding, linked to the Charts page: the report's links are the dashboard's own hashes, and
// anything else is shown, never followed
function evidenceItem(span, zone) {
    const linked = /^#\/[a-z]+(\?|$)/.test(span.link || "");
    return el("li", {}, span.text ? span.text + ": " : "", el(linked ? "a" : "span",
        { href: linked ? span.link : null, class: "span" }, zoned(span.from, zone) + " – " + zoned(span.to, zone)));
}

function findingCard(finding, zone) {
    const severity = finding.severity || "unsupported";
    const reference = finding.reference;
    const advice = finding.advice && (finding.advice[LANG] || finding.advice.en);
    const figures = finding.figures || [];
    const evidence = finding.evidence || [];
    return el("article", { class: "finding " + severity, "data-id": finding.id, "data-severity": severity },
        el("div", { class: "finding-head" }, severityBadge(severity), el("h3", { class: "title" }, finding.title),
            el("span", { class: "muted rule" }, t("rule") + " " + finding.rule)),
        el("p", { class: "summary" }, finding.summary),
        finding.unsupported && finding.unsupported !== finding.summary
            ? el("p", { class: "why" }, t("why") + ": " + finding.unsupported) : null,
        figures.length ? el("table", { class: "figures" }, el("tbody", {}, figures.map((each) =>
            el("tr", { "data-key": each.key }, el("th", {}, each.label),
                el("td", {}, figure(each.value) + (each.unit ? " " + each.unit : "")))))) : null,
        reference ? el("p", { class: "reference" }, el("strong", {}, t("judgedAgainst") + ": "), reference.text ?? "",
            reference.source ? el("span", { class: "source muted" }, " · " + t("source") + ": " + reference.source)
                : null) : null,
        evidence.length ? el("div", { class: "evidence" }, el("strong", {}, t("evidence") + ":"),
            el("ul", {}, evidence.map((span) => evidenceItem(span, zone)))) : null,
        advice ? el("p", { class: "advice", lang: finding.advice[LANG] ? LANG : "en" },
            el("strong", {}, t("advice") + ": "), advice) : null);
}

function healthReport(report) {
    const source = report.sourceFrom === "setting" ? t("fromSetting") : report.sourceFrom === "controller"
        ? t("fromController") : report.sourceFrom;
    const fact = (id, word, value) => [el("dt", {}, word), el("dd", { id: "health-" + id }, value)];
    const seasonal = report.seasonal;
    return el("div", { id: "health-report", "data-controller": report.controller, "data-week": report.week,
        "data-severity": report.severity || "unsupported" },
        el("section", { id: "health-overall", class: "overall " + (report.severity || "unsupported") },
            el("h2", {}, t("overall") + ": ", severityBadge(report.severity)),
            el("dl", { class: "facts" },
                fact("controller", t("controller"), report.controller),
                fact("period", t("period"), (report.week ? report.week + ": " : "") + zoned(report.from, report.zone) +
                    " – " + zoned(report.to, report.zone) + " (" + report.zone + ")"),
                fact("coverage", t("coverage"), number(report.coverage, 1) + " %"),
                fact("source", t("heatSource"), report.source + (source ? " (" + source + ")" : "")),
                fact("rated", t("ratedOutput"), report.ratedOutputKw === null || report.ratedOutputKw === undefined
                    ? t("notGiven") + " (RATED_OUTPUT_KW)" : figure(report.ratedOutputKw) + " kW"),
                fact("computed", t("computed"), zoned(report.computed, report.zone)))),
        el("section", { id: "health-seasonal" }, el("h2", {}, t("seasonal")),
            seasonal && seasonal.factor !== null && seasonal.factor !== undefined ? el("p", { class: "factor" },
                seasonal.season + ": ", el("strong", {}, number(seasonal.factor, 2)), " (" + t("controllerReported") +
                ")") : null,
            el("p", { class: "sentence" }, seasonal ? seasonal.text : t("noSeasonal")),
            seasonal && seasonal.sources ? el("p", { class: "source muted" }, t("source") + ": " + seasonal.sources)
                : null,
            el("p", { class: "caveat muted" }, t("heatCaveat"))),
        el("section", { id: "health-findings" }, el("h2", {}, t("findings")), (report.findings || []).map((finding) => findingCard(finding, report.zone))));
}

// what the server's answer means for the owner: no report (404), a period it refuses (400), a logger that cannot
// compute one now (503), with the server's own words after it
function healthProblem(status, body) {
    const word = { 404: "health404", 400: "health400", 503: "health503" }[status];
    const detail = (body && body.error) || status;
    return el("p", { class: "problem", id: "health-problem", "data-status": String(status) },
        word ? t(word) + " (" + detail + ")" : t("failed") + ": " + detail);
}

async function healthPage(main, params) {
    const range = DAY.test(params.get("from") || "") && DAY.test(params.get("to") || "");
    let week = params.get("week");
    if (!range && !WEEK.test(week || "")) {
        week = isoWeek(new Date(Date.now() - 7 * 86400000));
        params.set("week", week);
        remember("health", params);
    }
    const go = (changes) => {
        const next = new URLSearchParams(params);
        ["week", "from", "to"].forEach((key) => next.delete(key));
        Object.entries(changes).forEach(([key, value]) => next.set(key, value));
        location.hash = "#/health?" + next;
    };
    const query = new URLSearchParams(range ? { from: params.get("from"), to: params.get("to") } : { week });
    const path = withController("api/health-reports?" + query);
    const name = (range ? params.get("from") + "_" + params.get("to") : week) + "_health.html";
    const shown = range ? null : week;
    const weekInput = el("input", { type: "week", id: "health-week", value: shown || "", "aria-label": t("week"),
        onchange: () => WEEK.test(weekInput.value) && go({ week: weekInput.value }) });
    const fromInput = el("input", { type: "date", id: "health-from", value: range ? params.get("from") : "" });
    // the page asks for the last day shown; the API, like the summary's, for the day after it
    const toInput = el("input", { type: "date", id: "health-to", value: range ? plusDays(params.get("to"), -1) : "" });
    const message = el("p", { class: "muted", id: "health-message" });
    const file = el("a", { class: "button", id: "health-file", href: path + "&format=html", download: name,
        onclick: (event) => {
            event.preventDefault();
            call(path + "&format=html", { headers: { Accept: "text/html" } }).then(async (response) => {
                if (!response.ok) throw new Error(response.status + " " + response.statusText);
                save(await response.blob(), name);
            }).catch((error) => (message.textContent = t("failed") + ": " + error.message));
        } }, t("openFile"));
    const current = isoWeek(new Date());
    const controls = el("section", { class: "controls", id: "health-controls" },
        el("div", { class: "buttons" },
            el("button", { type: "button", id: "health-previous", onclick: () => go({ week: shiftWeek(shown || current, -1) }) },
                "◀ " + t("previous")),
            weekInput,
            el("button", { type: "button", id: "health-next", disabled: shown && shown >= current ? "disabled" : null,
                onclick: () => go({ week: shiftWeek(shown || current, 1) }) }, t("next") + " ▶")),
        el("div", { class: "custom" },
            el("label", {}, t("from") + " ", fromInput), el("label", {}, t("to") + " ", toInput),
            el("button", { type: "button", id: "health-show", onclick: () => DAY.test(fromInput.value) &&
                DAY.test(toInput.value) && go({ from: fromInput.value, to: plusDays(toInput.value, 1) }) }, t("show"))),
        file);
    const loading = el("p", { class: "muted" }, t("loading"));
    main.replaceChildren(el("div", { id: "health" }, controls, message, loading));
    const response = await call(path);
    const body = await response.json().catch(() => null);
    loading.replaceWith(response.ok && body ? healthReport(body) : healthProblem(response.status, body));
}

const PAGES = { now: nowPage, charts: chartsPage, energy: energyPage, events: eventsPage, reports: reportsPage,
    health: healthPage };

/** The heat pumps: with more than one, a choice in the header, which goes into the URL. */
async function controllerChoice() {
    const names = (await json("api/controllers").catch(() => [])).map((known) => known.name);
    if (names.length < 2) {
        localStorage.removeItem(CONTROLLER_KEY);
        return;
    }
    controllers = names;
    const select = el("select", { id: "controller", "aria-label": t("controller"), onchange: () => {
        const { page, params } = view();
        params.set("controller", select.value);
        location.hash = "#/" + page + "?" + params;
    } }, names.map((name) => el("option", { value: name }, name)));
    document.querySelector("header").append(select);
}

document.documentElement.lang = LANG;
document.querySelectorAll("[data-word]").forEach((node) => (node.textContent = t(node.dataset.word)));
window.addEventListener("hashchange", route);
// the first page waits for the list of heat pumps (one small answer): with several, every call names one
controllerChoice().then(route);
