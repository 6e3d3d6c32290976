//! Writes checked content out as a Rust expression, so the app embeds it as static data and
//! the browser bundle needs no TOML parser.

use super::model::*;
use super::outline::*;

/// Writes a value as Rust source that builds the same value in a `static`.
pub trait Emit {
    fn emit(&self, out: &mut String);
}

/// The content as two statics: `OUTLINE` for the browser, and the whole `CYCLE` for the
/// native build only (prerendering and tests), so no long text reaches the wasm bundle.
pub fn statics(cycle: &Cycle, outline: &Outline) -> String {
    let mut out = String::from("#[cfg(not(target_arch = \"wasm32\"))]\npub static CYCLE: Cycle = ");
    cycle.emit(&mut out);
    out.push_str(";\n\npub static OUTLINE: Outline = ");
    outline.emit(&mut out);
    out.push_str(";\n");
    out
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        // Debug formatting of a str is a valid Rust string literal.
        out.push_str(&format!("::std::borrow::Cow::Borrowed({:?})", self.as_ref()));
    }
}

impl<T: Emit + Clone> Emit for List<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl Emit for Audience {
    fn emit(&self, out: &mut String) {
        out.push_str(&format!("Audience::{self:?}"));
    }
}

impl Emit for Nation {
    fn emit(&self, out: &mut String) {
        out.push_str(&format!("Nation::{self:?}"));
    }
}

/// `Emit` for a struct: each named field in turn.
macro_rules! emit_struct {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl Emit for $name {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.emit(out);
                    out.push_str(",\n");
                )*
                out.push('}');
            }
        }
    };
}

emit_struct!(Cycle { title, introduction, stages, hub, talking_with_children, resources, sources, support, disclosure, content_note, self_care, about, labels });
emit_struct!(Introduction { heading, text, how_to_use });
emit_struct!(Stage { id, label, title, summary, explanation, parent_openers, child_openers, reflection, speaker_notes, resources, sources });
emit_struct!(Resources { base, items });
emit_struct!(Resource { id, title, audience, page, description });
emit_struct!(Source { id, text });
emit_struct!(Support { title, text, note, services });
emit_struct!(Service { name, who, nations, hours, phone, email, details, checked_on });
emit_struct!(Disclosure { title, text, adults_heading, adults, children_heading, children });
emit_struct!(Panel { title, text });
emit_struct!(Outline { title, stages, hub, labels, panel_titles });
emit_struct!(PanelTitles { support, disclosure, self_care, about });
emit_struct!(StageOutline { id, label, title });
/// `Emit` for a set of labels: each label in turn.
macro_rules! emit_labels {
    ($name:ident) => {
        impl Emit for $name {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " {"));
                for (key, text) in self.entries() {
                    out.push_str(key);
                    out.push_str(": ");
                    text.emit(out);
                    out.push_str(",\n");
                }
                out.push('}');
            }
        }
    };
}

emit_labels!(Labels);
emit_labels!(AppLabels);
