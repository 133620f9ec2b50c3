//! Not a test: how long the explorer's filter takes natively on synthetic
//! lists of 100 to 100,000 items (copies of the real ones, renamed), for a
//! few representative views. Target: at most 2 ms at 10,000 items, growing
//! linearly. `cargo run --release --example filter_bench`

use std::hint::black_box;
use std::time::{Duration, Instant};

use report_data::{ExplorerItem, ItemType, Season, Status};
use xining_report::embedded::report;
use xining_report::explorer::{SearchIndex, ViewState};

const SIZES: [usize; 4] = [100, 1_000, 10_000, 100_000];

/// Each size is timed for about this long, and at least `MIN_RUNS` times.
const BUDGET: Duration = Duration::from_millis(300);
const MIN_RUNS: usize = 11;

fn synthetic(n: usize) -> Vec<ExplorerItem> {
    let real = &report().source.explorer;
    (0..n)
        .map(|i| {
            let mut item = real[i % real.len()].clone();
            item.id = format!("{}-{i}", item.id);
            item.name.zh = format!("{}{i}", item.name.zh);
            item.name.en = format!("{} {i}", item.name.en);
            item
        })
        .collect()
}

fn views() -> Vec<(&'static str, ViewState)> {
    let winter = ViewState {
        season: Some(Season::Winter),
        ..ViewState::default()
    };
    vec![
        ("all", ViewState::default()),
        ("winter", winter.clone()),
        (
            "winter+event+held",
            ViewState {
                types: [ItemType::Event].into(),
                statuses: [Status::Held].into(),
                ..winter.clone()
            },
        ),
        (
            "winter+event+q",
            ViewState {
                types: [ItemType::Event].into(),
                search: "Carnival".into(),
                ..winter
            },
        ),
        (
            "q only",
            ViewState {
                search: "丁香".into(),
                ..ViewState::default()
            },
        ),
    ]
}

/// Median wall time of `f`, in microseconds.
fn median_us(mut f: impl FnMut()) -> f64 {
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < MIN_RUNS || start.elapsed() < BUDGET {
        let t = Instant::now();
        f();
        times.push(t.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let views = views();
    println!("median µs: building the index once, then one filter per view");
    println!("(q = search text: \"Carnival\" with winter+event, \"丁香\" alone)");
    print!("{:>8} {:>10}", "items", "index");
    for (name, _) in &views {
        print!(" {name:>18}");
    }
    println!();
    for n in SIZES {
        let items = synthetic(n);
        let build = median_us(|| {
            black_box(SearchIndex::new(black_box(&items)));
        });
        let index = SearchIndex::new(&items);
        print!("{n:>8} {build:>10.1}");
        for (_, view) in &views {
            let us = median_us(|| {
                black_box(index.filter(black_box(view)));
            });
            print!(" {us:>18.1}");
        }
        println!();
    }
}
