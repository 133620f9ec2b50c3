//! Trunk's post-build step: writes the whole report into the built pages,
//! Chinese at `index.html` and English at `en/index.html`, so text, figures,
//! sources and charts are there before (and without) the wasm, which then
//! hydrates only the islands in them. It also writes the data files the download links point to,
//! each chart's pictures and share pages, and, for release builds, the
//! service worker and the pages' CSP.
//!
//! Usage: `prerender STAGING_DIR [--release]` (scripts/prerender.sh);
//! `SITE_URL=https://…/` adds the absolute links only a known address allows.

use std::path::{Path, PathBuf};

use base64::Engine;
use report_data::Lang;
use sha2::{Digest, Sha256};
use xining_report::downloads;
use xining_report::embedded::report;
use xining_report::manifest;
use xining_report::offline::{Worker, version};
use xining_report::pages::{PageParts, SERVICE_WORKER, page};
use xining_report::pictures::{self, Fonts};
use xining_report::ui::page::render_page;

fn main() {
    let mut args = std::env::args_os().skip(1);
    let dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("usage: prerender STAGING_DIR [--release]"));
    let release = args.next().is_some_and(|a| a == "--release");
    let shell = read(&dir.join("index.html"));
    let site_url = std::env::var("SITE_URL")
        .ok()
        .filter(|u| !u.is_empty())
        .map(|mut u| {
            if !u.ends_with('/') {
                u.push('/');
            }
            u
        });
    for (file, contents) in downloads::files(report()) {
        write(&dir.join(file), &contents);
    }
    for lang in [Lang::Zh, Lang::En] {
        write(&dir.join(manifest::file(lang)), &manifest::manifest(lang));
    }
    let started = std::time::Instant::now();
    let fonts = Fonts::system().unwrap_or_else(|e| fail(&e));
    let pictures = pictures::files(report(), &fonts, site_url.as_deref())
        .unwrap_or_else(|e| fail(&format!("chart pictures: {e}")));
    eprintln!(
        "prerender: {} chart pictures and share pages in {} ms",
        pictures.len(),
        started.elapsed().as_millis()
    );
    for (file, contents) in pictures {
        write_bytes(&dir.join(file), &contents);
    }
    let later = hash_later(&dir);
    for lang in [Lang::Zh, Lang::En] {
        let body = futures::executor::block_on(render_page(lang));
        let parts = PageParts {
            lang,
            body: &body,
            release,
            script_hash: &sha256_source,
            site_url: site_url.as_deref(),
            later: &later,
        };
        let html = page(&shell, &parts).unwrap_or_else(|e| fail(&format!("index.html: {e}")));
        let out = match lang {
            Lang::Zh => dir.join("index.html"),
            Lang::En => dir.join("en/index.html"),
        };
        write(&out, &html);
    }
    if release {
        let files = list(&dir);
        let bytes: Vec<Vec<u8>> = files.iter().map(|f| read_bytes(&dir.join(f))).collect();
        let named = files
            .iter()
            .map(String::as_str)
            .zip(bytes.iter().map(Vec::as_slice));
        write(
            &dir.join(SERVICE_WORKER),
            &Worker::new(&files, version(named)).source(),
        );
    }
}

/// Names the later module's files (Trunk leaves its "worker" kind unhashed)
/// by a hash of their contents, as Trunk names the page's module, so an old
/// visit's cached copy never answers a new deploy. Returns the script's
/// new name; its glue finds the wasm beside it (`….js` → `…_bg.wasm`).
fn hash_later(dir: &Path) -> String {
    let (js, wasm) = (dir.join("later.js"), dir.join("later_bg.wasm"));
    let (js_bytes, wasm_bytes) = (read_bytes(&js), read_bytes(&wasm));
    let stem = format!(
        "later-{}",
        version([
            ("later.js", &js_bytes[..]),
            ("later_bg.wasm", &wasm_bytes[..])
        ])
    );
    for (from, to) in [
        (&js, format!("{stem}.js")),
        (&wasm, format!("{stem}_bg.wasm")),
    ] {
        std::fs::rename(from, dir.join(&to))
            .unwrap_or_else(|e| fail(&format!("{}: {e}", from.display())));
    }
    format!("{stem}.js")
}

/// A CSP hash source for an inline script.
fn sha256_source(text: &str) -> String {
    let hash = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(hash)
    )
}

/// Every file under `dir`, relative and `/`-separated, sorted.
fn list(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let entries =
            std::fs::read_dir(&d).unwrap_or_else(|e| fail(&format!("{}: {e}", d.display())));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                let rel = rel.to_string_lossy().replace('\\', "/");
                if rel != SERVICE_WORKER {
                    out.push(rel);
                }
            }
        }
    }
    out.sort();
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

fn read_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

fn write(path: &Path, text: &str) {
    write_bytes(path, text.as_bytes());
}

fn write_bytes(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", parent.display())));
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
