//! A chart's data as words and files: the screen-reader description and the
//! CSV and JSON downloads, all from the same rows the SVG draws. Written
//! into the static page and dist/ at build time: native only.

use report_data::{Chart, DerivedFigure, Lang, Qualifier, Report, Source, SourceKind};
use serde::Serialize;

use super::model::{ChartData, label_separator};

/// One sentence listing every value, for readers who cannot see the chart.
pub fn describe(chart: &ChartData, lang: Lang) -> String {
    let sep = match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    };
    let colon = label_separator(lang);
    let items: Vec<String> = chart
        .data
        .iter()
        .map(|d| format!("{}{colon}{}", d.label, d.shown))
        .collect();
    let end = match lang {
        Lang::Zh => "。",
        Lang::En => ".",
    };
    format!("{}{end}", items.join(sep))
}

/// Where a chart's row comes from, for downloads that travel without the
/// page: the seed's sentence (a derived row: its formula) and the day its
/// text reports on, where the text gives one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Provenance {
    pub source: String,
    pub date: String,
}

/// Each row's provenance, in the order `chart_data` gives the rows.
pub fn provenance(chart: &Chart, report: &Report, lang: Lang) -> Vec<Provenance> {
    chart
        .figures
        .iter()
        .filter_map(|id| {
            if let Some(f) = report.figure(id) {
                return Some(Provenance {
                    source: f.source.sentence.clone(),
                    date: date_of(report, &f.source, lang),
                });
            }
            report.derived_figure(id).map(|d| Provenance {
                source: formula_and_caveat(d, lang),
                date: String::new(),
            })
        })
        .collect()
}

/// A derived figure's formula and what it assumes: a file that travels
/// alone must not drop the assumption.
fn formula_and_caveat(d: &DerivedFigure, lang: Lang) -> String {
    let gap = match lang {
        Lang::Zh => "。",
        Lang::En => ". ",
    };
    format!("{}{gap}{}", d.formula.get(lang), d.caveat.get(lang))
}

/// The day the source's text reports on, as the data gives it.
fn date_of(report: &Report, source: &Source, lang: Lang) -> String {
    report
        .text(&source.text)
        .and_then(|t| t.date.as_ref())
        .map(|d| d.get(lang).to_string())
        .unwrap_or_default()
}

#[derive(Serialize)]
struct Row<'a> {
    label: &'a str,
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    shown: &'a str,
    derived: bool,
    source_or_formula: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    date: &'a str,
}

const HEADER: [&str; 7] = [
    "label",
    "value",
    "max",
    "shown",
    "derived",
    "source_or_formula",
    "date",
];

pub fn to_csv(chart: &ChartData, provenance: &[Provenance]) -> String {
    let mut rows = vec![HEADER.map(String::from).to_vec()];
    rows.extend(rows_of(chart, provenance).map(|r| {
        vec![
            r.label.to_string(),
            r.value.to_string(),
            r.max.map(|m| m.to_string()).unwrap_or_default(),
            r.shown.to_string(),
            r.derived.to_string(),
            r.source_or_formula.to_string(),
            r.date.to_string(),
        ]
    }));
    csv(rows)
}

pub fn to_json(chart: &ChartData, provenance: &[Provenance]) -> String {
    let rows: Vec<Row> = rows_of(chart, provenance).collect();
    serde_json::to_string_pretty(&rows).expect("rows always serialize")
}

fn rows_of<'a>(
    chart: &'a ChartData,
    provenance: &'a [Provenance],
) -> impl Iterator<Item = Row<'a>> {
    chart.data.iter().enumerate().map(|(i, d)| {
        let (source, date) = provenance
            .get(i)
            .map_or(("", ""), |p| (p.source.as_str(), p.date.as_str()));
        Row {
            label: &d.label,
            value: d.value,
            max: d.max,
            shown: &d.shown,
            derived: d.derived,
            source_or_formula: source,
            date,
        }
    })
}

/// Every figure of the report, reported and derived, with its source
/// sentence or formula: the page's one download of all its numbers.
pub fn figures_csv(report: &Report) -> String {
    const HEADER: [&str; 17] = [
        "id",
        "section",
        "kind",
        "label_zh",
        "label_en",
        "value",
        "max",
        "as_written",
        "english",
        "qualifier",
        "unit_zh",
        "unit_en",
        "source_kind",
        "speaker",
        "source_or_formula",
        "date_zh",
        "date_en",
    ];
    let mut rows = vec![HEADER.map(String::from).to_vec()];
    for f in &report.source.figures {
        let kind = report
            .text(&f.source.text)
            .map(|t| source_kind(t.kind))
            .unwrap_or_default();
        let speaker = f.source.speaker.as_deref().and_then(|id| report.person(id));
        rows.push(vec![
            f.id.clone(),
            f.section.slug().into(),
            "reported".into(),
            f.label.zh.clone(),
            f.label.en.clone(),
            f.value.to_string(),
            f.max.map(|m| m.to_string()).unwrap_or_default(),
            f.as_written.clone(),
            f.shown(Lang::En),
            f.qualifier.map(qualifier).unwrap_or_default().into(),
            f.unit.zh.clone(),
            f.unit.en.clone(),
            kind.into(),
            speaker.map(|p| p.name.zh.clone()).unwrap_or_default(),
            f.source.sentence.clone(),
            date_of(report, &f.source, Lang::Zh),
            date_of(report, &f.source, Lang::En),
        ]);
    }
    for d in &report.derived {
        rows.push(vec![
            d.id.clone(),
            d.section.slug().into(),
            "derived".into(),
            d.label.zh.clone(),
            d.label.en.clone(),
            d.rounded().to_string(),
            String::new(),
            String::new(),
            d.shown(Lang::En),
            String::new(),
            d.unit.zh.clone(),
            d.unit.en.clone(),
            String::new(),
            String::new(),
            formula_and_caveat(d, Lang::En),
            String::new(),
            String::new(),
        ]);
    }
    csv(rows)
}

/// What the seed's word around a number claims: the value column alone
/// would read 2000余人 as exactly 2,000.
fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::MoreThan => "more than (余)",
        Qualifier::Passed => "passed (突破)",
        Qualifier::OrBetter => "or better (以上)",
    }
}

fn source_kind(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::ReportExcerpt => "report excerpt (【报告摘登】)",
        SourceKind::Article => "article",
        SourceKind::Bulletin => "12345 hotline bulletin",
        SourceKind::Headline => "headline",
    }
}

/// UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese.
fn csv(rows: Vec<Vec<String>>) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::model::{Datum, Shape};

    fn chart() -> ChartData {
        ChartData {
            shape: Shape::Parts,
            data: vec![
                Datum {
                    label: "直接办理".into(),
                    value: 309.0,
                    max: None,
                    shown: "309件".into(),
                    derived: false,
                },
                Datum {
                    label: "a \"quoted\", label".into(),
                    value: 1800.0,
                    max: Some(2200.0),
                    shown: "1,800–2,200".into(),
                    derived: false,
                },
            ],
        }
    }

    fn provenance() -> Vec<Provenance> {
        vec![
            Provenance {
                source: "直接办理309件".into(),
                date: "1月25日".into(),
            },
            Provenance::default(),
        ]
    }

    #[test]
    fn csv_has_bom_header_and_quoted_cells() {
        let csv = to_csv(&chart(), &provenance());
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some("\u{feff}label,value,max,shown,derived,source_or_formula,date")
        );
        assert_eq!(
            lines.next(),
            Some("直接办理,309,,309件,false,直接办理309件,1月25日")
        );
        assert_eq!(
            lines.next(),
            Some("\"a \"\"quoted\"\", label\",1800,2200,\"1,800–2,200\",false,,")
        );
    }

    #[test]
    fn json_lists_every_row() {
        let rows: serde_json::Value =
            serde_json::from_str(&to_json(&chart(), &provenance())).unwrap();
        assert_eq!(rows.as_array().unwrap().len(), 2);
        assert_eq!(rows[0]["shown"], "309件");
        assert_eq!(rows[0]["date"], "1月25日");
        assert!(rows[1].get("date").is_none());
    }

    #[test]
    fn description_names_every_value() {
        assert_eq!(
            describe(&chart(), Lang::Zh),
            "直接办理：309件；a \"quoted\", label：1,800–2,200。"
        );
    }
}
