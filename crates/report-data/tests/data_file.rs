//! The real data file against the real seed, and broken copies of it: each
//! kind of mistake an editor can make must fail with its field path.

use report_data::{Lang, Report, load, squash};
use toml::{Table, Value};

const DATA: &str = include_str!("../../../data/report.toml");
const SEED: &str = include_str!("../../../data/seed.txt");

fn report() -> Report {
    load(DATA, SEED).unwrap_or_else(|e| panic!("data/report.toml is invalid:\n{e}"))
}

fn value(report: &Report, id: &str) -> f64 {
    report
        .figure(id)
        .unwrap_or_else(|| panic!("no figure {id}"))
        .value
}

/// Loads a copy of the data file changed by `edit`, expecting failure, and
/// returns the problems as "path: reason" lines.
fn broken(edit: impl FnOnce(&mut Table)) -> Vec<String> {
    let mut table: Table = DATA.parse().expect("data file is TOML");
    edit(&mut table);
    let text = toml::to_string(&table).expect("table serializes");
    match load(&text, SEED) {
        Ok(_) => panic!("the broken copy loaded"),
        Err(e) => e.problems().iter().map(ToString::to_string).collect(),
    }
}

fn entry<'a>(table: &'a mut Table, list: &str, index: usize) -> &'a mut Table {
    table[list].as_array_mut().expect("array of tables")[index]
        .as_table_mut()
        .expect("table")
}

fn assert_problem(problems: &[String], path: &str, reason: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(&format!("{path}: ")) && p.contains(reason)),
        "expected «{path}: …{reason}…» in {problems:#?}"
    );
}

#[test]
fn data_file_is_valid_against_the_seed() {
    let report = report();
    assert!(report.source.figures.len() >= 40);
}

#[test]
fn every_quoted_string_is_in_the_seed_whitespace_aside() {
    let report = report();
    let seed = squash(SEED);
    let r = &report.source;
    let quoted = r
        .figures
        .iter()
        .flat_map(|f| [&f.as_written, &f.source.sentence])
        .chain(r.facts.iter().map(|f| &f.source.sentence))
        .chain(r.explorer.iter().map(|e| &e.source.sentence))
        .chain(r.quotes.iter().map(|q| &q.zh))
        .chain(r.people.iter().flat_map(|p| [&p.name.zh, &p.role.zh]))
        .chain(r.sections.iter().flat_map(|s| &s.lead_sources))
        .chain(r.charts.iter().flat_map(|c| &c.sources));
    for s in quoted {
        assert!(seed.contains(&squash(s)), "not in the seed: {s}");
    }
}

#[test]
fn hotline_sums_hold() {
    let report = report();
    let v = |id| value(&report, id);
    assert_eq!(v("handled-directly") + v("transferred"), v("hotline-calls"));
    assert_eq!(
        v("wechat-messages") + v("website-messages"),
        v("online-messages")
    );
}

#[test]
fn derived_figures_are_computed_with_formulas() {
    let report = report();
    let per_team = report.derived_figure("signed-per-team").expect("derived");
    assert_eq!(per_team.value.round(), 2102.0);
    assert!(per_team.formula.en.contains("1,725,900 ÷ 821"));
    let population = report
        .derived_figure("implied-population")
        .expect("derived");
    assert_eq!((population.value / 1e4).round(), 248.0);
    assert!(population.formula.en.contains("2.48 million"));
}

#[test]
fn figures_read_in_both_languages_from_their_value() {
    let report = report();
    let shown = |id: &str, lang| report.figure(id).unwrap().shown(lang);
    assert_eq!(shown("signed-residents", Lang::Zh), "172.59万人");
    assert_eq!(
        shown("signed-residents", Lang::En),
        "1.73 million residents"
    );
    assert_eq!(shown("shehuo-participants", Lang::Zh), "2000余人");
    assert_eq!(shown("shehuo-participants", Lang::En), "2,000+ people");
    assert_eq!(
        shown("shehuo-online-views", Lang::En),
        "over 10 million online views"
    );
    assert_eq!(shown("team-catchment", Lang::En), "1,800–2,200 residents");
    assert_eq!(shown("signup-rate", Lang::En), "69.59%");
    assert_eq!(shown("public-culture-rank", Lang::En), "1st");
    assert_eq!(
        shown("national-sections-water-class", Lang::En),
        "class III or above"
    );
    let per_team = report.derived_figure("signed-per-team").unwrap();
    assert_eq!(per_team.shown(Lang::Zh), "约2102人");
    assert_eq!(per_team.shown(Lang::En), "≈ 2,102 residents");
}

#[test]
fn missing_translation_names_the_field() {
    let problems = broken(|t| {
        entry(t, "figures", 0)["label"]
            .as_table_mut()
            .unwrap()
            .insert("en".into(), Value::String(String::new()));
    });
    assert_problem(&problems, "figures[0].label.en", "missing translation");
}

#[test]
fn absent_translation_names_the_field() {
    let problems = broken(|t| {
        entry(t, "quotes", 0).remove("en");
    });
    assert_problem(&problems, "quotes[0]", "missing field `en`");
}

#[test]
fn chinese_in_an_english_text_names_the_field() {
    let problems = broken(|t| {
        entry(t, "facts", 0)["text"]
            .as_table_mut()
            .unwrap()
            .insert("en".into(), Value::String("The 丁香 city".into()));
    });
    assert_problem(&problems, "facts[0].text.en", "Chinese character «丁»");
}

#[test]
fn unknown_section_names_the_field() {
    let problems = broken(|t| {
        entry(t, "figures", 2).insert("section".into(), Value::String("sports".into()));
    });
    assert_problem(&problems, "figures[2].section", "unknown variant `sports`");
}

#[test]
fn duplicate_id_names_the_field() {
    let problems = broken(|t| {
        let first = entry(t, "figures", 0)["id"].clone();
        entry(t, "figures", 1).insert("id".into(), first);
    });
    assert_problem(&problems, "figures[1].id", "duplicate id");
}

#[test]
fn sentence_not_in_seed_names_the_field() {
    let problems = broken(|t| {
        entry(t, "facts", 0)["source"]
            .as_table_mut()
            .unwrap()
            .insert(
                "sentence".into(),
                Value::String("西宁2025年接待游客一亿人次。".into()),
            );
    });
    assert_problem(&problems, "facts[0].source.sentence", "not in the seed");
}

#[test]
fn as_written_not_in_seed_names_the_field() {
    let problems = broken(|t| {
        entry(t, "figures", 0).insert("as_written".into(), Value::String("173万人".into()));
    });
    assert_problem(&problems, "figures[0].as_written", "not in the seed");
}

#[test]
fn unknown_reference_names_the_field() {
    let problems = broken(|t| {
        entry(t, "quotes", 0).insert("speaker".into(), Value::String("nobody".into()));
    });
    assert_problem(&problems, "quotes[0].speaker", "unknown person");
}

#[test]
fn parts_that_miss_their_whole_name_the_field() {
    let problems = broken(|t| {
        let charts = t["charts"].as_array_mut().unwrap();
        let handling = charts
            .iter_mut()
            .find(|c| c["id"].as_str() == Some("hotline-handling"))
            .unwrap();
        handling["figures"].as_array_mut().unwrap().pop();
    });
    assert!(
        problems
            .iter()
            .any(|p| p.contains("].figures: the parts add up to 309, not to the whole 678")),
        "{problems:#?}"
    );
}

#[test]
fn seed_copy_matches_the_shared_seed_when_present() {
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_331fbe4f62e5407c.txt"
    );
    if let Ok(original) = std::fs::read_to_string(shared) {
        assert_eq!(original, SEED, "data/seed.txt drifted from the shared seed");
    }
}
