//! Chart colours live in the stylesheet, not in the SVG: every painted
//! element of every drawing names a role class, and static/style.css gives
//! each role a colour that holds WCAG contrast (4.5:1 for text against what
//! it sits on, 3:1 for marks against the page) in light, dark and print,
//! and 7:1 and 4.5:1 in high contrast.

use std::collections::{BTreeSet, HashMap};

use report_data::Lang;
use xining_report::charts::{chart_data, draw};
use xining_report::embedded::report;
use xining_report::stylesheet::{self, CSS, colour_vars, value};

type Rgb = stylesheet::Rgb;

/// WCAG 2 contrast ratio.
fn contrast(a: Rgb, b: Rgb) -> f64 {
    let luminance = |(r, g, b): Rgb| {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn contrast_of_black_on_white_is_21() {
    assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
}

/// The declarations of the first rule that `selector` opens after `from`.
fn rule<'a>(from: &'a str, selector: &str) -> &'a str {
    stylesheet::rule(from, selector).unwrap_or_else(|| panic!("style.css has no `{selector} {{`"))
}

/// The variables of each scheme with the contrast its text and its marks
/// must hold: light is `:root`, the others override it.
fn schemes() -> Vec<(&'static str, HashMap<String, Rgb>, f64, f64)> {
    let light = colour_vars(rule(&CSS, ":root"));
    let dark_system = rule(&CSS, ":root:not([data-theme=\"light\"])");
    let dark_picked = rule(&CSS, ":root[data-theme=\"dark\"]");
    assert_eq!(
        dark_system, dark_picked,
        "the system's dark and the picked dark must stay equal"
    );
    let print = rule(
        &CSS[CSS.find("@media print").expect("a print block")..],
        ":root",
    );
    let contrast = rule(&CSS, ":root[data-theme=\"contrast\"]");
    let over = |overrides: &str| {
        let mut vars = light.clone();
        vars.extend(colour_vars(overrides));
        vars
    };
    vec![
        ("light", light.clone(), 4.5, 3.0),
        ("dark", over(dark_system), 4.5, 3.0),
        ("print", over(print), 4.5, 3.0),
        ("high contrast", over(contrast), 7.0, 4.5),
    ]
}

/// What `var(--name)` can be in `vars`; `--hue` is any value an element of
/// the page sets it to.
fn resolve(var: &str, vars: &HashMap<String, Rgb>) -> Vec<Rgb> {
    let name = var
        .strip_prefix("var(--")
        .and_then(|v| v.strip_suffix(')'))
        .unwrap_or_else(|| panic!("chart colours are page variables, not {var}"));
    if name == "hue" {
        let hues: BTreeSet<&str> = CSS
            .split("--hue:")
            .skip(1)
            .map(|rest| rest[..rest.find(';').expect("ends")].trim())
            .collect();
        return hues.into_iter().flat_map(|h| resolve(h, vars)).collect();
    }
    vec![
        *vars
            .get(name)
            .unwrap_or_else(|| panic!("--{name} is unset")),
    ]
}

/// The colour a role class paints with, in each of its possible values.
fn ink(class: &str, property: &str, vars: &HashMap<String, Rgb>) -> Vec<Rgb> {
    let decls = rule(&CSS, &format!(".{class}"));
    let v = value(decls, property).unwrap_or_else(|| panic!(".{class} sets no {property}"));
    resolve(v, vars)
}

/// Every class the drawings use, checking on the way that every painted
/// fill or stroke is `currentColor` with a class, never a colour.
fn classes_drawn() -> BTreeSet<String> {
    let report = report();
    let mut classes = BTreeSet::new();
    for chart in &report.source.charts {
        for lang in [Lang::Zh, Lang::En] {
            let data = chart_data(chart, report, lang);
            for width in [280, 320, 375, 768, 1024, 1366, 1440] {
                let svg = draw(&data, width).svg;
                let what = format!("{} {lang:?} {width}px", chart.id);
                for element in svg.split('<').skip(1).filter(|e| !e.starts_with('/')) {
                    if element.starts_with("svg ") {
                        continue;
                    }
                    let painted = ["fill=\"", "stroke=\""].iter().any(|attr| {
                        element
                            .split(attr)
                            .skip(1)
                            .any(|v| !v.starts_with("none\""))
                    });
                    if !painted {
                        continue;
                    }
                    assert!(
                        !element.contains("=\"#") && element.contains("=\"currentColor\""),
                        "{what}: a colour in the SVG: <{element}"
                    );
                    let class = element
                        .split("class=\"")
                        .nth(1)
                        .and_then(|c| c.split('"').next())
                        .unwrap_or_else(|| panic!("{what}: no class on <{element}"));
                    classes.insert(class.to_string());
                }
            }
        }
    }
    classes
}

#[test]
fn every_role_the_charts_draw_holds_contrast_in_every_scheme() {
    let drawn = classes_drawn();
    let checked = [
        "ink-text",
        "ink-on-mark",
        "ink-on-second",
        "ink-mark",
        "ink-second",
        "ink-quiet",
    ];
    // Every role drawn is checked below (a value over hatching only shows
    // where no room is left beside its range, so it may not be drawn now).
    let unchecked: Vec<_> = drawn
        .iter()
        .filter(|c| !checked.contains(&c.as_str()))
        .collect();
    assert!(
        unchecked.is_empty(),
        "a new role needs its contrast checked here: {unchecked:?}"
    );
    for (scheme, vars, text_ratio, mark_ratio) in schemes() {
        let bg = vars["bg"];
        let at_least = |a: Rgb, b: Rgb, ratio: f64, what: &str| {
            let c = contrast(a, b);
            assert!(
                c >= ratio,
                "{scheme}: {what}: {c:.2} < {ratio} ({a:?} on {b:?})"
            );
        };
        for text in ink("ink-text", "color", &vars) {
            at_least(text, bg, text_ratio, "text on the page");
        }
        for mark in ["ink-mark", "ink-second", "ink-quiet"] {
            for colour in ink(mark, "color", &vars) {
                at_least(colour, bg, mark_ratio, mark);
            }
        }
        // A value sits inside a hued mark or a grey part.
        for mark in [
            ink("ink-mark", "color", &vars),
            ink("ink-quiet", "color", &vars),
        ]
        .concat()
        {
            for text in ink("ink-on-mark", "color", &vars) {
                at_least(text, mark, text_ratio, "text on a mark");
            }
        }
        // Over hatching, text sits on its halo, which is the page's background.
        assert_eq!(
            ink("ink-on-second", "stroke", &vars),
            [bg],
            "{scheme}: halo"
        );
        for text in ink("ink-on-second", "color", &vars) {
            at_least(text, bg, text_ratio, "text on its halo");
        }
    }
}

#[test]
fn high_contrast_holds_seven_to_one_for_every_text_colour() {
    let (_, vars, ..) = schemes()
        .into_iter()
        .find(|s| s.0 == "high contrast")
        .expect("a high-contrast scheme");
    for ground in ["bg", "panel"] {
        for text in ["fg", "muted", "tourism", "health", "green", "hotline"] {
            let c = contrast(vars[text], vars[ground]);
            assert!(c >= 7.0, "--{text} on --{ground}: {c:.2}");
        }
        for mark in ["quiet", "rule", "focus"] {
            let c = contrast(vars[mark], vars[ground]);
            assert!(c >= 4.5, "--{mark} on --{ground}: {c:.2}");
        }
    }
}
