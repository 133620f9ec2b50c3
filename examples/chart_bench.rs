//! Not a test: how long each chart of the report takes to draw natively,
//! at a phone width and a desktop width. `cargo run --release --example chart_bench`

use std::hint::black_box;
use std::time::Instant;

use report_data::Lang;
use xining_report::charts::{chart_data, draw};
use xining_report::embedded::report;

const RUNS: usize = 200;

fn main() {
    let report = report();
    println!(
        "{:<20} {:>8} {:>12} {:>12} {:>10}",
        "chart", "width", "median µs", "min µs", "svg bytes"
    );
    for chart in &report.source.charts {
        let data = chart_data(chart, report, Lang::Zh);
        for width in [320, 1366] {
            let mut times: Vec<f64> = (0..RUNS)
                .map(|_| {
                    let start = Instant::now();
                    black_box(draw(black_box(&data), width));
                    start.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            times.sort_by(f64::total_cmp);
            let bytes = draw(&data, width).svg.len();
            println!(
                "{:<20} {:>8} {:>12.1} {:>12.1} {:>10}",
                chart.id,
                width,
                times[RUNS / 2],
                times[0],
                bytes
            );
        }
    }
}
