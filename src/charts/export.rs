//! A chart's data as words and files: the screen-reader description and the
//! CSV and JSON downloads, all from the same rows the SVG draws. Written
//! into the static page and dist/ at build time: native only.

use report_data::{Lang, Report, SourceKind};
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

#[derive(Serialize)]
struct Row<'a> {
    label: &'a str,
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    shown: &'a str,
    derived: bool,
}

const HEADER: [&str; 5] = ["label", "value", "max", "shown", "derived"];

pub fn to_csv(chart: &ChartData) -> String {
    let mut rows = vec![HEADER.map(String::from).to_vec()];
    rows.extend(chart.data.iter().map(|d| {
        vec![
            d.label.clone(),
            d.value.to_string(),
            d.max.map(|m| m.to_string()).unwrap_or_default(),
            d.shown.clone(),
            d.derived.to_string(),
        ]
    }));
    csv(rows)
}

pub fn to_json(chart: &ChartData) -> String {
    let rows: Vec<Row> = chart
        .data
        .iter()
        .map(|d| Row {
            label: &d.label,
            value: d.value,
            max: d.max,
            shown: &d.shown,
            derived: d.derived,
        })
        .collect();
    serde_json::to_string_pretty(&rows).expect("rows always serialize")
}

/// Every figure of the report, reported and derived, with its source
/// sentence or formula: the page's one download of all its numbers.
pub fn figures_csv(report: &Report) -> String {
    const HEADER: [&str; 12] = [
        "id",
        "section",
        "kind",
        "label_zh",
        "label_en",
        "value",
        "max",
        "as_written",
        "english",
        "source_kind",
        "speaker",
        "source_or_formula",
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
            kind.into(),
            speaker.map(|p| p.name.zh.clone()).unwrap_or_default(),
            f.source.sentence.clone(),
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
            String::new(),
            d.formula.en.clone(),
        ]);
    }
    csv(rows)
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

    #[test]
    fn csv_has_bom_header_and_quoted_cells() {
        let csv = to_csv(&chart());
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("\u{feff}label,value,max,shown,derived"));
        assert_eq!(lines.next(), Some("直接办理,309,,309件,false"));
        assert_eq!(
            lines.next(),
            Some("\"a \"\"quoted\"\", label\",1800,2200,\"1,800–2,200\",false")
        );
    }

    #[test]
    fn json_lists_every_row() {
        let rows: serde_json::Value = serde_json::from_str(&to_json(&chart())).unwrap();
        assert_eq!(rows.as_array().unwrap().len(), 2);
        assert_eq!(rows[0]["shown"], "309件");
    }

    #[test]
    fn description_names_every_value() {
        assert_eq!(
            describe(&chart(), Lang::Zh),
            "直接办理：309件；a \"quoted\", label：1,800–2,200。"
        );
    }
}
