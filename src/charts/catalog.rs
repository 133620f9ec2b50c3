//! From the report's chart entries to chart data. The figures are read from
//! the report, never restated, so a chart cannot drift from its numbers.

use report_data::{Chart, ChartShape, Lang, NumberStyle, Report, Season};

use super::model::{ChartData, Datum, Shape};
use crate::explorer::season_theme;

/// The chart's data in `lang`. Ids were checked at build time, so a missing
/// figure can only mean a bug; it is skipped rather than drawn wrong.
pub fn chart_data(chart: &Chart, report: &Report, lang: Lang) -> ChartData {
    let data: Vec<Datum> = match chart.shape {
        ChartShape::Seasons => seasons(report, lang),
        _ => chart
            .figures
            .iter()
            .filter_map(|id| datum(report, id, lang))
            .collect(),
    };
    let shape = match chart.shape {
        ChartShape::Parts => Shape::Parts,
        ChartShape::Pictogram => Shape::Grid,
        ChartShape::Bars | ChartShape::Seasons => {
            let percent = chart.figures.iter().all(|id| {
                report
                    .figure(id)
                    .is_some_and(|f| f.unit.style == NumberStyle::Percent)
            }) && !chart.figures.is_empty();
            let top = data
                .iter()
                .map(|d| d.max.unwrap_or(d.value))
                .fold(0.0, f64::max);
            let scale_max = if percent { 100.0 } else { nice_ceiling(top) };
            Shape::Bars { scale_max, percent }
        }
    };
    ChartData { shape, data }
}

fn datum(report: &Report, id: &str, lang: Lang) -> Option<Datum> {
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
        value: d.value,
        max: None,
        shown: d.shown(lang),
        derived: true,
    })
}

/// One bar per season: its theme line, and how many explorer items the
/// seed ties to that season (counted here, not typed anywhere).
fn seasons(report: &Report, lang: Lang) -> Vec<Datum> {
    let items = &report.source.explorer;
    Season::ALL
        .into_iter()
        .filter_map(|season| {
            let theme = season_theme(items, season)?;
            let count = items.iter().filter(|i| i.seasons.contains(&season)).count();
            Some(Datum {
                label: theme.name.get(lang).to_string(),
                value: count as f64,
                max: None,
                shown: match lang {
                    Lang::Zh => format!("{count}项"),
                    Lang::En if count == 1 => "1 item".into(),
                    Lang::En => format!("{count} items"),
                },
                derived: true,
            })
        })
        .collect()
}

/// The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value`: a scale end a
/// reader can take in at a glance.
fn nice_ceiling(value: f64) -> f64 {
    if value <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&end| end >= value)
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    use super::nice_ceiling;

    #[test]
    fn scale_ends_are_round() {
        assert_eq!(nice_ceiling(2200.0), 2500.0);
        assert_eq!(nice_ceiling(55.0), 100.0);
        assert_eq!(nice_ceiling(9.0), 10.0);
        assert_eq!(nice_ceiling(14.0), 20.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
    }
}
