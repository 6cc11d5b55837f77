//! A tiny flow layout on top of printpdf's op lists: A4 pages, a cursor that moves down,
//! measured word-wrap, page breaks, and a footer (page number, identifier, QR) added at the end
//! when the page count is known.
//!
//! Wrapping measures every glyph's advance width in the embedded font (no kerning, which
//! printpdf does not apply either), so a line is never wider than its box whatever the
//! language; a word longer than a whole line is cut between letters.

use crate::DocumentError;
use chrono::{NaiveDate, NaiveTime};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, OffsetDateTime, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, RawImage,
    TextItem, WindingOrder, XObjectId, XObjectTransform,
};

const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// A4 in points (what `Mm(210)` × `Mm(297)` becomes).
pub(crate) const PAGE_W: f32 = 595.2756;
pub(crate) const PAGE_H: f32 = 841.8898;
const MARGIN_X: f32 = 56.7; // 20 mm
const MARGIN_TOP: f32 = 56.7;
/// Space kept free at the bottom for the footer (QR code, identifier, page number).
const FOOTER_H: f32 = 96.0;
const QR_SIZE: f32 = 62.0;
pub(crate) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

/// The width of the label column of a field row.
const LABEL_W: f32 = 165.0;
const GAP: f32 = 8.0;

pub(crate) const BODY: f32 = 10.0;
pub(crate) const SMALL: f32 = 8.0;
pub(crate) const TITLE: f32 = 14.0;
pub(crate) const HEADING: f32 = 11.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

struct Face {
    font: ParsedFont,
    id: FontId,
    units_per_em: f32,
}

/// The document being laid out: finished pages and the one under the cursor.
pub(crate) struct Canvas {
    doc: PdfDocument,
    regular: Face,
    bold: Face,
    pages: Vec<Vec<Op>>,
    /// The baseline of the next line, in points from the bottom of the page.
    y: f32,
}

fn leading(size: f32) -> f32 {
    size * 1.35
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level,
        icc_profile: None,
    })
}

/// The words of a line, with "№" glued to the number after it so the two never part; a
/// no-break space (as in "52 000") joins, not splits.
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let breaks = |c: char| c.is_whitespace() && c != '\u{a0}';
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
        match out.last_mut() {
            Some(last) if last.as_str() == "№" => {
                last.push('\u{a0}');
                last.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    out
}

impl Canvas {
    /// A document whose metadata carries `title` and, as its creation date, `date` (the date
    /// the document bears, so the same data always gives the same metadata).
    pub(crate) fn new(title: &str, date: NaiveDate) -> Result<Self, DocumentError> {
        let mut doc = PdfDocument::new(title);
        let midnight = date.and_time(NaiveTime::MIN).and_utc().timestamp();
        if let Ok(when) = OffsetDateTime::from_unix_timestamp(midnight) {
            let info = &mut doc.metadata.info;
            info.creation_date = when;
            info.modification_date = when;
            info.metadata_date = when;
        }
        doc.metadata.info.producer = "Kezek".to_string();
        doc.metadata.info.creator = "Kezek".to_string();
        let mut face = |bytes: &[u8]| -> Result<Face, DocumentError> {
            let font =
                ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(DocumentError::Font)?;
            let id = doc.add_font(&font);
            let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
            Ok(Face {
                font,
                id,
                units_per_em,
            })
        };
        let regular = face(REGULAR_TTF)?;
        let bold = face(BOLD_TTF)?;
        Ok(Self {
            doc,
            regular,
            bold,
            pages: vec![Vec::new()],
            y: PAGE_H - MARGIN_TOP,
        })
    }

    fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// The printed width of `text` in points.
    pub(crate) fn width(&self, weight: Weight, size: f32, text: &str) -> f32 {
        let face = self.face(weight);
        let units: u32 = text
            .chars()
            .map(|c| {
                let gid = face.font.lookup_glyph_index(c as u32).unwrap_or(0);
                u32::from(face.font.get_horizontal_advance(gid))
            })
            .sum();
        units as f32 * size / face.units_per_em
    }

    /// Greedy word-wrap into lines no wider than `max` points; `\n` starts a new line.
    pub(crate) fn wrap(&self, weight: Weight, size: f32, text: &str, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in words(paragraph) {
                let word = word.as_str();
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(weight, size, &candidate) <= max {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A word wider than the whole line is cut between letters.
                for c in word.chars() {
                    line.push(c);
                    if self.width(weight, size, &line) > max && line.chars().count() > 1 {
                        line.pop();
                        lines.push(std::mem::replace(&mut line, c.to_string()));
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("there is always a page")
    }

    fn text_at(&mut self, x: f32, y: f32, weight: Weight, size: f32, text: &str) {
        if text.is_empty() {
            return;
        }
        let font = PdfFontHandle::External(self.face(weight).id.clone());
        self.ops().extend([
            Op::StartTextSection,
            Op::SetFont {
                font,
                size: Pt(size),
            },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    fn line_at(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, level: f32) {
        let point = |x: f32| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.ops().extend([
            Op::SetOutlineColor { col: grey(level) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(x1), point(x2)],
                    is_closed: false,
                },
            },
        ]);
    }

    fn bottom() -> f32 {
        FOOTER_H
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_H - MARGIN_TOP;
    }

    /// Breaks the page unless `height` points still fit above the footer.
    pub(crate) fn keep(&mut self, height: f32) {
        if self.y - height < Self::bottom() {
            self.new_page();
        }
    }

    pub(crate) fn gap(&mut self, height: f32) {
        self.y -= height;
    }

    /// Lines of text from the left margin (indented by `indent`), breaking pages between lines.
    pub(crate) fn paragraph(&mut self, weight: Weight, size: f32, indent: f32, text: &str) {
        let lines = self.wrap(weight, size, text, CONTENT_W - indent);
        for line in lines {
            self.keep(leading(size));
            self.y -= size;
            self.text_at(MARGIN_X + indent, self.y, weight, size, &line);
            self.y -= leading(size) - size;
        }
    }

    /// The document's title: bold, centred, wrapped, with a rule under it.
    pub(crate) fn title(&mut self, text: &str) {
        for line in self.wrap(Weight::Bold, TITLE, text, CONTENT_W) {
            self.keep(leading(TITLE));
            self.y -= TITLE;
            let x = MARGIN_X + (CONTENT_W - self.width(Weight::Bold, TITLE, &line)) / 2.0;
            self.text_at(x, self.y, Weight::Bold, TITLE, &line);
            self.y -= leading(TITLE) - TITLE;
        }
        self.y -= 6.0;
        self.line_at(MARGIN_X, PAGE_W - MARGIN_X, self.y, 1.0, 0.0);
        self.y -= 12.0;
    }

    /// A heading that stays on the same page as at least `with` points of what follows.
    pub(crate) fn heading(&mut self, text: &str, with: f32) {
        self.keep(leading(HEADING) + 6.0 + with);
        self.y -= 6.0;
        self.paragraph(Weight::Bold, HEADING, 0.0, text);
    }

    /// A row of the table-like block: label on the left, the value wrapped on the right, a thin
    /// rule under it. A row taller than what is left of the page continues on the next one.
    pub(crate) fn field(&mut self, label: &str, value: &str) {
        let value_x = MARGIN_X + LABEL_W + GAP;
        let labels = self.wrap(Weight::Bold, BODY - 1.0, label, LABEL_W);
        let values = self.wrap(Weight::Regular, BODY, value, CONTENT_W - LABEL_W - GAP);
        let rows = labels.len().max(values.len());
        let lead = leading(BODY);
        self.keep(lead * rows.min(3) as f32 + 5.0);
        self.y -= 3.0;
        for i in 0..rows {
            if self.y - lead < Self::bottom() {
                self.new_page();
            }
            self.y -= BODY;
            if let Some(l) = labels.get(i) {
                self.text_at(MARGIN_X, self.y, Weight::Bold, BODY - 1.0, l);
            }
            if let Some(v) = values.get(i) {
                self.text_at(value_x, self.y, Weight::Regular, BODY, v);
            }
            self.y -= lead - BODY;
        }
        self.y -= 2.0;
        self.line_at(MARGIN_X, PAGE_W - MARGIN_X, self.y, 0.4, 0.7);
    }

    /// One line with `left` at the left margin and `right` flush right (place and date).
    pub(crate) fn line_pair(&mut self, left: &str, right: &str) {
        let right_w = self.width(Weight::Regular, BODY, right);
        let lefts = self.wrap(Weight::Regular, BODY, left, CONTENT_W - right_w - 2.0 * GAP);
        for (i, line) in lefts.iter().enumerate() {
            self.keep(leading(BODY));
            self.y -= BODY;
            self.text_at(MARGIN_X, self.y, Weight::Regular, BODY, line);
            if i == 0 {
                let x = PAGE_W - MARGIN_X - right_w;
                self.text_at(x, self.y, Weight::Regular, BODY, right);
            }
            self.y -= leading(BODY) - BODY;
        }
    }

    /// A numbered clause: `marker` ("2.1.") at `indent`, the text wrapped beside it with a
    /// hanging indent, breaking pages between lines.
    pub(crate) fn clause(&mut self, indent: f32, marker: &str, text: &str) {
        let marker_w = self.width(Weight::Regular, BODY, marker) + 4.0;
        let text_x = indent + marker_w.max(22.0);
        let lines = self.wrap(Weight::Regular, BODY, text, CONTENT_W - text_x);
        self.y -= 2.0;
        for (i, line) in lines.iter().enumerate() {
            self.keep(leading(BODY));
            self.y -= BODY;
            if i == 0 {
                self.text_at(MARGIN_X + indent, self.y, Weight::Regular, BODY, marker);
            }
            self.text_at(MARGIN_X + text_x, self.y, Weight::Regular, BODY, line);
            self.y -= leading(BODY) - BODY;
        }
    }

    /// A table across the content width: `widths` are the columns' shares of it, the header
    /// row is bold on a light band and is drawn again at the top of every page the table
    /// continues on; a row is kept whole on one page unless it is taller than a page.
    pub(crate) fn table(&mut self, headers: &[String], widths: &[f32], rows: &[Vec<String>]) {
        const PAD: f32 = 4.0;
        let total: f32 = widths.iter().sum();
        let cols: Vec<(f32, f32)> = widths
            .iter()
            .scan(0.0, |x, w| {
                let width = CONTENT_W * w / total;
                let col = (MARGIN_X + *x, width);
                *x += width;
                Some(col)
            })
            .collect();
        let lead = leading(BODY);
        let wrap_row = |c: &Self, cells: &[String], weight: Weight, size: f32| {
            cells
                .iter()
                .zip(&cols)
                .map(|(cell, (_, w))| c.wrap(weight, size, cell, w - 2.0 * PAD))
                .collect::<Vec<_>>()
        };
        let header = wrap_row(self, headers, Weight::Bold, BODY - 1.0);
        let header_h = header.iter().map(Vec::len).max().unwrap_or(1) as f32 * lead + 2.0 * PAD;
        let draw_header = |c: &mut Self| {
            let top = c.y;
            c.ops().push(Op::SetFillColor { col: grey(0.92) });
            c.ops().push(Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing {
                        points: [
                            (MARGIN_X, top),
                            (PAGE_W - MARGIN_X, top),
                            (PAGE_W - MARGIN_X, top - header_h),
                            (MARGIN_X, top - header_h),
                        ]
                        .into_iter()
                        .map(|(x, y)| LinePoint {
                            p: Point { x: Pt(x), y: Pt(y) },
                            bezier: false,
                        })
                        .collect(),
                    }],
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            });
            c.ops().push(Op::SetFillColor { col: grey(0.0) });
            for (lines, (x, _)) in header.iter().zip(&cols) {
                let mut y = top - PAD;
                for line in lines {
                    y -= BODY;
                    c.text_at(x + PAD, y, Weight::Bold, BODY - 1.0, line);
                    y -= lead - BODY;
                }
            }
            c.y = top - header_h;
            c.line_at(MARGIN_X, PAGE_W - MARGIN_X, c.y, 0.6, 0.4);
        };
        self.keep(header_h + lead + 2.0 * PAD);
        draw_header(self);
        for row in rows {
            let cells = wrap_row(self, row, Weight::Regular, BODY);
            let n = cells.iter().map(Vec::len).max().unwrap_or(1);
            let page_room = PAGE_H - MARGIN_TOP - Self::bottom() - header_h;
            let whole = n as f32 * lead + 2.0 * PAD;
            if whole <= page_room && self.y - whole < Self::bottom() {
                self.new_page();
                draw_header(self);
            }
            self.y -= PAD;
            for i in 0..n {
                if self.y - lead < Self::bottom() {
                    self.new_page();
                    draw_header(self);
                }
                self.y -= BODY;
                for (lines, (x, _)) in cells.iter().zip(&cols) {
                    if let Some(line) = lines.get(i) {
                        self.text_at(x + PAD, self.y, Weight::Regular, BODY, line);
                    }
                }
                self.y -= lead - BODY;
            }
            self.y -= PAD;
            self.line_at(MARGIN_X, PAGE_W - MARGIN_X, self.y, 0.4, 0.7);
        }
    }

    /// "Role ________ (signature)   Full Name", kept whole on one page; a long role or name
    /// wraps in its own column instead of running into the line or off the page.
    pub(crate) fn signature(&mut self, role: &str, hint: &str, name: &str) {
        let line_x = MARGIN_X + LABEL_W + GAP;
        let line_end = line_x + 120.0;
        let name_x = line_end + 10.0;
        let roles = self.wrap(Weight::Bold, BODY, role, LABEL_W);
        let names = self.wrap(Weight::Regular, BODY, name, PAGE_W - MARGIN_X - name_x);
        let rows = roles.len().max(names.len()).max(1);
        let lead = leading(BODY);
        self.keep(34.0 + lead * rows as f32);
        self.y -= 30.0;
        let first = self.y;
        self.line_at(line_x, line_end, first - 2.0, 0.6, 0.0);
        self.text_at(
            line_x + 40.0,
            first - 11.0,
            Weight::Regular,
            SMALL - 1.0,
            hint,
        );
        for i in 0..rows {
            let y = first - lead * i as f32;
            if let Some(r) = roles.get(i) {
                self.text_at(MARGIN_X, y, Weight::Bold, BODY, r);
            }
            if let Some(n) = names.get(i) {
                self.text_at(name_x, y, Weight::Regular, BODY, n);
            }
        }
        self.y = first - lead * (rows - 1) as f32 - 14.0;
    }

    /// Adds the footer to every page and serialises the document.
    ///
    /// `page_label(page, total)` gives the page number line; every page carries the QR code
    /// (a PNG) and the identifier line.
    pub(crate) fn finish(
        mut self,
        qr_png: &[u8],
        identifier_line: &str,
        page_label: impl Fn(usize, usize) -> String,
    ) -> Result<Vec<u8>, DocumentError> {
        let image = RawImage::decode_from_bytes(qr_png, &mut Vec::new())
            .map_err(|e| DocumentError::Image(e.to_string()))?;
        let pixels = image.width as f32;
        let qr: XObjectId = self.doc.add_image(&image);
        let total = self.pages.len();
        let pages = std::mem::take(&mut self.pages);
        let mut out = Vec::with_capacity(total);
        for (i, ops) in pages.into_iter().enumerate() {
            self.pages = vec![ops];
            let rule_y = FOOTER_H - 14.0;
            self.line_at(MARGIN_X, PAGE_W - MARGIN_X, rule_y, 0.4, 0.5);
            let qr_x = PAGE_W - MARGIN_X - QR_SIZE;
            let qr_y = rule_y - 6.0 - QR_SIZE;
            self.ops().push(Op::UseXobject {
                id: qr.clone(),
                transform: XObjectTransform {
                    translate_x: Some(Pt(qr_x)),
                    translate_y: Some(Pt(qr_y)),
                    // The image is `pixels` wide; this dpi makes it QR_SIZE points wide.
                    dpi: Some(pixels * 72.0 / QR_SIZE),
                    ..Default::default()
                },
            });
            self.ops().push(Op::SetFillColor { col: grey(0.35) });
            let max = qr_x - MARGIN_X - GAP;
            let mut y = rule_y - 6.0 - SMALL;
            for line in self.wrap(Weight::Regular, SMALL, identifier_line, max) {
                self.text_at(MARGIN_X, y, Weight::Regular, SMALL, &line);
                y -= leading(SMALL);
            }
            let label = page_label(i + 1, total);
            self.text_at(MARGIN_X, qr_y + 2.0, Weight::Regular, SMALL, &label);
            self.ops().push(Op::SetFillColor { col: grey(0.0) });
            out.push(PdfPage::new(
                Mm(210.0),
                Mm(297.0),
                self.pages.pop().unwrap_or_default(),
            ));
        }
        let options = PdfSaveOptions {
            subset_fonts: true,
            ..Default::default()
        };
        Ok(self.doc.with_pages(out).save(&options, &mut Vec::new()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_their_box_and_keep_every_word() {
        let c = Canvas::new("t", NaiveDate::MIN).expect("the embedded fonts parse");
        let text = "Өтініш берушінің құжаттары тексерілді, жеңілдік расталды; \
                    Айжаңыл Өмүрбекованың арызы боюнча чечим кабыл алынды. \
                    Ұзынсөзбөлінбейтінсөзұзынсөзбөлінбейтінсөзұзынсөзбөлінбейтінсөз";
        for (weight, max) in [(Weight::Regular, 120.0), (Weight::Bold, 200.0)] {
            let lines = c.wrap(weight, BODY, text, max);
            assert!(lines.len() > 3, "{lines:?}");
            for line in &lines {
                assert!(
                    c.width(weight, BODY, line) <= max,
                    "{line:?} is wider than {max}"
                );
            }
            let joined: String = lines.concat();
            let words: String = text.split_whitespace().collect();
            let joined = joined.replace('\u{a0}', "");
            assert_eq!(joined.replace(' ', ""), words, "no letter lost or added");
        }
    }

    #[test]
    fn measured_widths_follow_the_font() {
        let c = Canvas::new("t", NaiveDate::MIN).expect("fonts");
        let narrow = c.width(Weight::Regular, BODY, "iiii");
        let wide = c.width(Weight::Regular, BODY, "ММММ");
        assert!(narrow > 0.0 && wide > 2.0 * narrow, "{narrow} vs {wide}");
        assert!(c.width(Weight::Bold, BODY, "ңөү") > c.width(Weight::Regular, BODY, "ңөү") * 0.99);
        assert_eq!(
            c.wrap(Weight::Regular, BODY, "", 100.0),
            vec![String::new()]
        );
        let title = "Протокол заседания комиссии № 12/34";
        let max = c.width(Weight::Bold, TITLE, "Протокол заседания комиссии №");
        let lines = c.wrap(Weight::Bold, TITLE, title, max);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[1].starts_with("№\u{a0}12/34"),
            "№ stays with its number: {lines:?}"
        );
    }
}
