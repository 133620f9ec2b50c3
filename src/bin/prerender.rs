//! Trunk's post-build step: writes the whole report into the built pages,
//! Chinese at `index.html` and English at `en/index.html`, so text, figures,
//! sources and charts are there before (and without) the wasm, which then
//! hydrates them. It also writes the data files the download links point to.
//!
//! Usage: `prerender STAGING_DIR` (Trunk passes `$TRUNK_STAGING_DIR`).

use std::path::{Path, PathBuf};

use report_data::Lang;
use xining_report::downloads;
use xining_report::embedded::report;
use xining_report::pages::{PageParts, page};
use xining_report::ui::{App, AppProps};

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("usage: prerender STAGING_DIR"));
    let shell = read(&dir.join("index.html"));
    for lang in [Lang::Zh, Lang::En] {
        let body = futures::executor::block_on(
            yew::LocalServerRenderer::<App>::with_props(AppProps { lang }).render(),
        );
        let html = page(&shell, &PageParts { lang, body: &body })
            .unwrap_or_else(|e| fail(&format!("index.html: {e}")));
        let out = match lang {
            Lang::Zh => dir.join("index.html"),
            Lang::En => dir.join("en/index.html"),
        };
        write(&out, &html);
    }
    for (file, contents) in downloads::files(report()) {
        write(&dir.join(file), &contents);
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", parent.display())));
    }
    std::fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
