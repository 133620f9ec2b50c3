//! Pictures to PNG with resvg, natively at build time, in a CJK font found
//! on the system. Without one the Chinese would come out as empty boxes, so
//! that is a build error that names the fonts to install.

use std::sync::Arc;

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use super::compose::{CJK_FAMILIES, SCALE};

pub struct Fonts {
    options: usvg::Options<'static>,
}

impl Fonts {
    /// The system's fonts (fontconfig's folders, /usr/share/fonts, …).
    pub fn system() -> Result<Fonts, String> {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        Fonts::from_db(db)
    }

    /// `db`, if it has one of the picture's CJK families.
    pub fn from_db(db: fontdb::Database) -> Result<Fonts, String> {
        let has_cjk = db.faces().any(|face| {
            face.families
                .iter()
                .any(|(name, _)| CJK_FAMILIES.contains(&name.as_str()))
        });
        if !has_cjk {
            return Err(format!(
                "no CJK font for the chart pictures: install one of {} \
                 (Debian: apt-get install fonts-noto-cjk, which gives \"Noto Sans CJK SC\"); \
                 without one their Chinese would be drawn as empty boxes",
                CJK_FAMILIES.map(|f| format!("\"{f}\"")).join(", ")
            ));
        }
        let options = usvg::Options {
            fontdb: Arc::new(db),
            ..usvg::Options::default()
        };
        Ok(Fonts { options })
    }

    /// `svg` drawn at `SCALE` times its size, as PNG.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let size = tree
            .size()
            .to_int_size()
            .scale_by(SCALE as f32)
            .ok_or("an empty picture")?;
        let mut pixmap = Pixmap::new(size.width(), size.height()).ok_or("an empty picture")?;
        resvg::render(
            &tree,
            Transform::from_scale(SCALE as f32, SCALE as f32),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}
