//! From the report's chart entries to chart data. The figures are read from
//! the report, never restated, so a chart cannot drift from its numbers.

use report_data::{Chart, ChartShape, Lang, Lookup, NumberStyle};

use super::model::{ChartData, Datum, Shape};

/// The chart's data in `lang`. Ids were checked at build time, so a missing
/// figure can only mean a bug; it is skipped rather than drawn wrong.
pub fn chart_data(chart: &Chart, report: &impl Lookup, lang: Lang) -> ChartData {
    let data: Vec<Datum> = chart
        .figures
        .iter()
        .filter_map(|id| datum(report, id, lang))
        .collect();
    let shape = match chart.shape {
        ChartShape::Parts => Shape::Parts,
        ChartShape::Bars => {
            let percent = chart.figures.iter().all(|id| {
                report
                    .figure(id)
                    .is_some_and(|f| f.unit.style == NumberStyle::Percent)
            }) && !chart.figures.is_empty();
            // Counts run to the largest value, so no bar reads as a share
            // of a total the seed does not give; rates run to 100%.
            let top = data
                .iter()
                .map(|d| d.max.unwrap_or(d.value))
                .fold(0.0, f64::max);
            let scale_max = if percent { 100.0 } else { top.max(1.0) };
            Shape::Bars { scale_max, percent }
        }
    };
    ChartData { shape, data }
}

fn datum(report: &impl Lookup, id: &str, lang: Lang) -> Option<Datum> {
    if let Some(f) = report.figure(id) {
        return Some(Datum {
            label: f.label.get(lang).to_string(),
            value: f.value,
            max: f.max,
            shown: f.shown(lang),
            derived: false,
        });
    }
    report.derived_figure(id).map(|d| Datum {
        label: d.label.get(lang).to_string(),
        // As the page shows it: no more precision than the inputs carry.
        value: d.rounded(),
        max: None,
        shown: d.shown(lang),
        derived: true,
    })
}
