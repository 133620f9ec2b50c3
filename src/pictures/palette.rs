//! The page's light colours, read from `static/style.css` rather than
//! copied: a picture is the chart as the light page shows it. The drawing
//! names roles (`currentColor` plus an `ink-*` class, `charts/ink.rs`);
//! here each role gets what its rule in the stylesheet would give it, as
//! plain attributes, since a picture has no stylesheet and chat apps'
//! previews honour attributes best.

use report_data::SectionId;

use crate::charts::Ink;
use crate::stylesheet::{CSS, Rgb, colour_vars, declarations, hex, rule, value, var_name};

pub struct Palette {
    /// The page's background (`body`).
    pub background: String,
    /// The page's text (`body`): the picture's title.
    pub text: String,
    /// A chart's label (`.chart-label`): the label, source and address.
    pub quiet_text: String,
    /// For each role, what replaces `"currentColor" class="ink-…"`.
    roles: Vec<(Ink, String)>,
}

impl Palette {
    /// The light scheme (`:root`) with the section's hue as `--hue`.
    pub fn light(section: SectionId) -> Result<Palette, String> {
        let root = rule(&CSS, ":root").ok_or("style.css: no :root rule")?;
        let vars = colour_vars(root);
        let hue = find(&format!(".{}", section.slug()), "--hue")?;
        let resolve = |v: &str| -> Result<String, String> {
            let v = if var_name(v) == Some("hue") { hue } else { v };
            match var_name(v) {
                Some(name) => vars
                    .get(name)
                    .map(|&c| css_hex(c))
                    .ok_or(format!("style.css: --{name} is not a colour in :root")),
                None => Ok(hex(v).map_or_else(|| v.to_string(), css_hex)),
            }
        };
        let mut roles = Vec::new();
        for ink in Ink::ALL {
            let selector = format!(".{}", ink.class());
            let decls = rule(&CSS, &selector).ok_or(format!("style.css: no {selector}"))?;
            // `color` is what currentColor paints with; the rule's other
            // declarations (the halo's stroke) become attributes beside it.
            let mut attrs = String::new();
            let mut colour = None;
            for (property, v) in declarations(decls) {
                let v = resolve(v)?;
                if property == "color" {
                    colour = Some(v);
                } else {
                    attrs.push_str(&format!(" {property}=\"{v}\""));
                }
            }
            let colour = colour.ok_or(format!("style.css: {selector} sets no color"))?;
            roles.push((ink, format!("\"{colour}\"{attrs}")));
        }
        Ok(Palette {
            background: resolve(find("body", "background")?)?,
            text: resolve(find("body", "color")?)?,
            quiet_text: resolve(find(".chart-label", "color")?)?,
            roles,
        })
    }

    /// The drawing with every role painted; an unpainted role is an error,
    /// never a black mark.
    pub fn paint(&self, svg: &str) -> Result<String, String> {
        let painted = self.roles.iter().fold(svg.to_string(), |svg, (ink, with)| {
            svg.replace(&format!("\"currentColor\" class=\"{}\"", ink.class()), with)
        });
        if painted.contains("currentColor") {
            return Err("a chart role without a colour in the picture palette".to_string());
        }
        Ok(painted)
    }
}

fn find(selector: &str, property: &str) -> Result<&'static str, String> {
    rule(&CSS, selector)
        .and_then(|d| value(d, property))
        .ok_or(format!("style.css: {selector} sets no {property}"))
}

fn css_hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{chart_data, draw};
    use crate::embedded::report;
    use report_data::Lang;
    use std::collections::BTreeSet;

    /// Which colours a painted drawing uses.
    fn colours(svg: &str) -> BTreeSet<String> {
        svg.split("=\"#")
            .skip(1)
            .map(|p| p[..6].to_string())
            .collect()
    }

    #[test]
    fn a_health_chart_is_painted_in_the_light_page_colours() {
        let report = report();
        let chart = &report.source.charts[0];
        assert_eq!(chart.section, SectionId::Health);
        let palette = Palette::light(chart.section).unwrap();
        let svg = draw(&chart_data(chart, report, Lang::Zh), 600).svg;
        let painted = palette.paint(&svg).unwrap();
        let used = colours(&painted);
        // --fg for the labels, --health for the marks, --bg on the marks.
        for c in ["1a1a1a", "005a8c", "ffffff"] {
            assert!(used.contains(c), "{c} not in {used:?}");
        }
        assert!(!painted.contains("class=\"ink-"));
        assert_eq!(palette.background, "#ffffff");
        assert_eq!(palette.quiet_text, "#575757");
    }

    #[test]
    fn the_halo_over_hatching_keeps_its_stroke() {
        let palette = Palette::light(SectionId::Hotline).unwrap();
        let text = r#"<text fill="currentColor" class="ink-on-second">1</text>"#;
        assert_eq!(
            palette.paint(text).unwrap(),
            r##"<text fill="#1a1a1a" stroke="#ffffff" stroke-width="4px" stroke-linejoin="round" paint-order="stroke">1</text>"##
        );
    }
}
