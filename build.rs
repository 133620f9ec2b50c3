//! Validates `data/report.toml` against the seed and embeds it in postcard's
//! compact binary form (its decoder is a fraction of a JSON parser's size in
//! the wasm bundle): whole, for the static page, and cut to what the islands
//! need, for the browser. A broken data file stops the build here, naming
//! field and reason, instead of reaching a reader's phone.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let data = root.join("data/report.toml");
    let seed = root.join("data/seed.txt");
    println!("cargo:rerun-if-changed={}", data.display());
    println!("cargo:rerun-if-changed={}", seed.display());

    let read = |path: &PathBuf| {
        std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
    };
    let report = report_data::load(&read(&data), &read(&seed))
        .unwrap_or_else(|e| fail(&format!("{} is not valid:\n{e}", data.display())));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let islands = report.for_islands();
    for (file, bytes) in [
        ("report.bin", postcard::to_stdvec(&report)),
        ("islands.bin", postcard::to_stdvec(&islands)),
    ] {
        let bytes = bytes.expect("a report always serializes");
        let path = out.join(file);
        std::fs::write(&path, bytes).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
