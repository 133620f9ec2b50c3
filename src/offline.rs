//! The service worker that keeps what the reader has opened readable
//! offline. On install it stores only the page that registered it and what
//! that page needs to show itself (its stylesheet and boot.js); everything
//! else (the wasm, the other language, share pages, downloads, pictures) is
//! stored as the page fetches it, from the response that passes through the
//! worker, so nothing is downloaded twice and a reader pays only for what
//! they read. The build writes every hashed name into it (Trunk keeps no
//! list), so each deploy yields a new worker that replaces its own old
//! cache, and only that: two copies of the report on one origin (two
//! sub-paths) keep theirs.

/// What a deploy's worker knows of its files, relative to the dist root
/// (`/`-separated), as the generated script uses them.
#[derive(Debug, PartialEq, Eq)]
pub struct Worker {
    /// Stored on install beside the registering page: what any page needs to
    /// show the report without the network.
    pub shell: Vec<String>,
    /// Named after their contents: the only files worth taking from the
    /// cache while online, and from the HTTP cache without asking.
    pub hashed: Vec<String>,
    /// Names the cache; it must change whenever any file does (see
    /// [`version`]).
    pub version: String,
}

/// The page's own script, outside Trunk's hashing (`src/pages.rs` links it).
const BOOT: &str = "boot.js";

impl Worker {
    pub fn new(files: &[String], version: String) -> Self {
        let pick = |keep: fn(&str) -> bool| files.iter().filter(|f| keep(f)).cloned().collect();
        Worker {
            shell: pick(in_shell),
            hashed: pick(is_hashed),
            version,
        }
    }

    /// The worker's source.
    pub fn source(&self) -> String {
        let quoted = |files: &[String]| {
            files
                .iter()
                .map(|f| format!("'./{f}'"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        WORKER
            .replace("{version}", &self.version)
            .replace("{shell}", &quoted(&self.shell))
            .replace("{hashed}", &quoted(&self.hashed))
    }
}

/// Whether every page needs `file` to show itself: the stylesheet and
/// boot.js (the preferences, the language). The islands' code and wasm are
/// not: the prerendered page reads without them, and a reader who stays at
/// the top never fetches the later module.
fn in_shell(file: &str) -> bool {
    file == BOOT || (!file.contains('/') && file.ends_with(".css") && is_hashed(file))
}

const WORKER: &str = include_str!("offline/sw.js");

/// Whether Trunk named `file` after its contents (`name-<hex>.js`,
/// `name-<hex>_bg.wasm`, `name-<hex>.css`). Trunk writes the hash unpadded,
/// so it can be a digit or two short of 16.
pub fn is_hashed(file: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    let Some(stem) = ["_bg.wasm", ".js", ".css"]
        .iter()
        .find_map(|ext| name.strip_suffix(ext))
    else {
        return false;
    };
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len())
            && hash
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// The cache version of a deploy: a stable 64-bit FNV-1a digest, in hex, of
/// every file's name and contents, so a renamed file changes it as surely as
/// an edited one.
pub fn version<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (name, contents) in files {
        // Each length before its bytes: no two file lists give one stream.
        for part in [name.as_bytes(), contents] {
            eat(&(part.len() as u64).to_le_bytes());
            eat(part);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const WASM: &str = "xining-report-0a1b2c3d4e5f6789_bg.wasm";

    /// A deploy as the build writes it (names from a real dist/).
    fn deploy() -> Vec<String> {
        [
            "boot.js",
            "c/health-rates/index.html",
            "charts/health-rates.zh.png",
            "cursor-large.svg",
            "data/health-rates.zh.csv",
            "data/xining-2024-figures.csv",
            "en/c/health-rates/index.html",
            "en/index.html",
            "favicon.svg",
            "icon-192.png",
            "index.html",
            "later-7451a5532b5e5d3d.js",
            "later-7451a5532b5e5d3d_bg.wasm",
            "manifest.webmanifest",
            "preview.png",
            "read-aloud.js",
            "style-2b6c072682d96796.css",
            "xining-report-718ad9c475348672.js",
            WASM,
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn install_stores_only_what_a_page_needs_to_show_itself() {
        let worker = Worker::new(&deploy(), "abc".into());
        // The page itself comes from the window that registered the worker;
        // no other page, no wasm, data or picture is fetched on install.
        assert_eq!(worker.shell, ["boot.js", "style-2b6c072682d96796.css"]);
    }

    #[test]
    fn only_the_islands_code_and_the_stylesheet_are_cache_first() {
        let worker = Worker::new(&deploy(), "abc".into());
        assert_eq!(
            worker.hashed,
            [
                "later-7451a5532b5e5d3d.js",
                "later-7451a5532b5e5d3d_bg.wasm",
                "style-2b6c072682d96796.css",
                "xining-report-718ad9c475348672.js",
                WASM,
            ]
        );
    }

    #[test]
    fn the_script_carries_the_plan_and_nothing_else() {
        let worker = Worker {
            shell: vec!["boot.js".into()],
            hashed: vec![WASM.into()],
            version: "0123456789abcdef".into(),
        };
        let source = worker.source();
        let line = |name: &str| {
            source
                .lines()
                .find(|l| l.starts_with(&format!("const {name} = ")))
                .unwrap_or_else(|| panic!("no {name} in\n{source}"))
                .to_string()
        };
        assert_eq!(line("VERSION"), "const VERSION = '0123456789abcdef';");
        assert_eq!(line("SHELL"), "const SHELL = ['./boot.js'];");
        assert!(line("HASHED").contains(&format!("['./{WASM}']")));
        // Every placeholder was filled.
        assert!(!source.contains("{version}") && !source.contains("{shell}"));
        assert!(!source.contains("{hashed}"));
    }

    #[test]
    fn a_new_deploy_is_a_new_cache() {
        let files = deploy();
        let contents: Vec<(&str, &[u8])> = files.iter().map(|f| (f.as_str(), &b"x"[..])).collect();
        let before = Worker::new(&files, version(contents.iter().copied()));
        let mut edited = contents.clone();
        edited[4].1 = b"y"; // a data file, not hashed
        let after = Worker::new(&files, version(edited));
        assert_ne!(before.version, after.version);
    }

    #[test]
    fn only_trunk_hashed_names_count_as_hashed() {
        for name in [
            WASM,
            "xining-report-0a1b2c3d4e5f6789.js",
            "style-a1b2c3d4e5f678.css",
        ] {
            assert!(is_hashed(name), "{name}");
        }
        for name in [
            "boot.js",
            "sw.js",
            "index.html",
            "manifest.webmanifest",
            "data/xining-2024-figures.csv",
            "data/health-rates.en.json",
            "style-A1B2C3D4E5F6A7B8.css",
            "app-0a1b2c3d4e5f6789.wasm",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
    }

    #[test]
    fn version_covers_names_and_contents() {
        let v = |files: &[(&'static str, &'static [u8])]| version(files.iter().copied());
        let base = v(&[("a.js", b"x"), ("b.css", b"y")]);
        assert_eq!(base, v(&[("a.js", b"x"), ("b.css", b"y")]));
        assert_ne!(base, v(&[("a.js", b"x"), ("b.css", b"z")]));
        assert_ne!(base, v(&[("a.js", b"x"), ("c.css", b"y")]));
        // The same bytes split differently are another deploy.
        assert_ne!(v(&[("ab", b"c")]), v(&[("a", b"bc")]));
    }
}
