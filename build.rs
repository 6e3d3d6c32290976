//! Reads and checks `content/adversity-cycle.toml`, then writes it out as Rust for the app to
//! embed, with the drawing worked out. A mistake in the content stops the build with a message
//! naming the file, the line, the stage and the field, so a broken content file can never
//! reach users. Helplines whose details no person has checked (or not for a year) are named
//! in a warning, which does not stop the build.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};
use std::{env, fs, process};

#[allow(unused)]
#[path = "src/content/mod.rs"]
mod content;
#[allow(unused)]
#[path = "src/contract.rs"]
mod contract;
#[allow(unused)]
#[path = "src/model/geometry.rs"]
mod geometry;

use content::CONTENT_FILE;

fn main() {
    println!("cargo:rerun-if-changed={CONTENT_FILE}");
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-changed=src/contract.rs");
    println!("cargo:rerun-if-changed=src/model/geometry.rs");
    let source = fs::read_to_string(CONTENT_FILE).unwrap_or_else(|e| {
        eprintln!("error: cannot read {CONTENT_FILE}: {e}");
        process::exit(1);
    });
    match content::load::load(CONTENT_FILE, &source) {
        Ok(cycle) => {
            let days = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
            if let Some(warning) = content::load::unchecked_warning(CONTENT_FILE, &cycle, content::load::date_from_days(days as i64)) {
                println!("cargo:warning={warning}");
            }
            let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("cycle.rs");
            let outline = geometry::outline_of(&cycle);
            fs::write(&out, content::emit::statics(&cycle, &outline)).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!("\nerror: the content file has mistakes, so the app was not built.\n\n{errors}");
            eprintln!("See docs/editing-content.md for what each field means.");
            process::exit(1);
        }
    }
}
