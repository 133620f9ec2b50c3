//! Not a test: what loading the embedded report costs, natively, against
//! what parsing the editor's TOML at run time would cost (the reason the
//! build embeds postcard bytes). `cargo run --release --example data_bench`

use std::hint::black_box;
use std::time::Instant;

use xining_report::embedded::ISLAND_BYTES;

const RUNS: usize = 200;

fn median_us(mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let toml = include_str!("../data/report.toml");
    let seed = include_str!("../data/seed.txt");
    let decode = median_us(|| {
        black_box(
            postcard::from_bytes::<report_data::IslandReport>(black_box(ISLAND_BYTES)).unwrap(),
        );
    });
    let parse = median_us(|| {
        black_box(report_data::load(black_box(toml), seed).unwrap());
    });
    println!("{:<44} {:>10} {:>12}", "report data", "bytes", "median µs");
    println!(
        "{:<44} {:>10} {:>12.1}",
        "islands postcard, decoded (what ships)",
        ISLAND_BYTES.len(),
        decode
    );
    println!(
        "{:<44} {:>10} {:>12.1}",
        "TOML parsed + validated (build time only)",
        toml.len(),
        parse
    );
}
