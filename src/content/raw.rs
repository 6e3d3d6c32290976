//! The content file's shape, read by serde's derive. Every field is optional and loosely
//! typed, so reading never stops at a mistake: a value of the wrong kind is kept as a note of
//! what was written instead, and every value keeps where it was written. The checks in `load`
//! then report every mistake at once.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, MapAccess, Visitor};
use toml::Spanned;

/// A value as written: where, and what.
pub type Item<T> = Spanned<Loose<T>>;
/// A field that may be missing.
pub type Field<T> = Option<Item<T>>;

/// A value of the expected kind, or the kind that was written instead ("a number", …).
#[derive(Debug)]
pub enum Loose<T> {
    Is(T),
    Isnt(&'static str),
}

impl<T> Loose<T> {
    pub fn value(&self) -> Option<&T> {
        match self {
            Loose::Is(value) => Some(value),
            Loose::Isnt(_) => None,
        }
    }
}

/// The span and value of a field, if it was written with the right kind of value.
pub fn written<T>(field: &Field<T>) -> Option<(Range<usize>, &T)> {
    let item = field.as_ref()?;
    item.get_ref().value().map(|value| (item.span(), value))
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct RawCycle {
    pub title: Field<String>,
    pub address: Field<String>,
    pub talking_with_children: Field<String>,
    pub introduction: Field<RawIntroduction>,
    pub stages: Field<Vec<Item<RawStage>>>,
    pub hub: Field<RawStage>,
    pub resources: Field<RawResources>,
    pub sources: Field<Vec<Item<RawSource>>>,
    pub support: Field<RawSupport>,
    pub disclosure: Field<RawDisclosure>,
    pub content_note: Field<RawPanel>,
    pub self_care: Field<RawPanel>,
    pub about: Field<RawPanel>,
    pub labels: Field<BTreeMap<String, Item<String>>>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawIntroduction {
    pub heading: Field<String>,
    pub text: Field<String>,
    pub how_to_use: Field<String>,
    pub minutes: Field<i64>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawStage {
    pub id: Field<String>,
    pub label: Field<String>,
    pub title: Field<String>,
    pub summary: Field<String>,
    pub explanation: Field<String>,
    pub parent_openers: Field<Vec<Item<RawOpener>>>,
    pub child_openers: Field<Vec<Item<RawOpener>>>,
    pub reflection: Field<String>,
    pub speaker_notes: Field<String>,
    pub openers_notes: Field<String>,
    pub resources_notes: Field<String>,
    pub minutes: Field<Vec<Item<i64>>>,
    pub resources: Field<Vec<Item<String>>>,
    pub sources: Field<Vec<Item<String>>>,
}

/// A conversation opener: its text, or a table that also says whether it can lead someone to
/// tell of abuse (`{ text = "…", disclosure = true }`).
#[derive(Debug)]
pub enum RawOpener {
    Text(String),
    Marked(RawMarkedOpener),
}

#[derive(Debug, serde::Deserialize)]
pub struct RawMarkedOpener {
    pub text: Field<String>,
    pub disclosure: Field<bool>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawResources {
    pub base: Field<String>,
    pub items: Field<Vec<Item<RawResource>>>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawResource {
    pub id: Field<String>,
    pub title: Field<String>,
    pub audience: Field<String>,
    pub page: Field<String>,
    pub description: Field<String>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawSource {
    pub id: Field<String>,
    pub text: Field<String>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawSupport {
    pub title: Field<String>,
    pub text: Field<String>,
    pub note: Field<String>,
    pub services: Field<Vec<Item<RawService>>>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawService {
    pub name: Field<String>,
    pub who: Field<String>,
    pub nations: Field<Vec<Item<String>>>,
    pub hours: Field<String>,
    pub phone: Field<String>,
    pub email: Field<String>,
    pub details: Field<String>,
    pub website: Field<String>,
    pub checked_on: Field<String>,
}

/// A local edition's file (`content/editions/<id>.toml`).
#[derive(Debug, Default, serde::Deserialize)]
pub struct RawEdition {
    pub name: Field<String>,
    pub maintained_by: Field<String>,
    /// Read as helplines are; the checker refuses their `nations` (a contact serves the
    /// edition's area).
    pub contacts: Field<Vec<Item<RawService>>>,
    pub steps: Field<Vec<Item<RawLocalStep>>>,
}

/// A local step of the disclosure panel, in place of a general one.
#[derive(Debug, serde::Deserialize)]
pub struct RawLocalStep {
    pub instead_of: Field<String>,
    pub text: Field<String>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawDisclosure {
    pub title: Field<String>,
    pub text: Field<String>,
    pub sections: Field<Vec<Item<RawDisclosureSection>>>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawDisclosureSection {
    pub heading: Field<String>,
    pub steps: Field<Vec<Item<String>>>,
}

#[derive(Debug, serde::Deserialize)]
pub struct RawPanel {
    pub title: Field<String>,
    pub text: Field<String>,
}

/// A table of the file: read with its derived `Deserialize`, which fails only when the value
/// is not a table at all (every field of it being loose).
pub trait Table {}
impl Table for RawIntroduction {}
impl Table for RawStage {}
impl Table for RawResources {}
impl Table for RawResource {}
impl Table for RawSource {}
impl Table for RawSupport {}
impl Table for RawService {}
impl Table for RawLocalStep {}
impl Table for RawDisclosure {}
impl Table for RawDisclosureSection {}
impl Table for RawMarkedOpener {}
impl Table for RawPanel {}
impl Table for BTreeMap<String, Item<String>> {}

impl<'de, T: Table + Deserialize<'de>> Deserialize<'de> for Loose<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(T::deserialize(deserializer).map_or(Loose::Isnt("something else"), Loose::Is))
    }
}

impl<'de> Deserialize<'de> for Loose<String> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Expecting::<String>(Default::default()))
    }
}

impl<'de> Deserialize<'de> for Loose<bool> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Expecting::<bool>(Default::default()))
    }
}

impl<'de> Deserialize<'de> for Loose<i64> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Expecting::<i64>(Default::default()))
    }
}

impl<'de> Deserialize<'de> for Loose<RawOpener> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Expecting::<RawOpener>(Default::default()))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Loose<Vec<T>> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Expecting::<Vec<T>>(Default::default()))
    }
}

/// A visitor that takes a value of kind `T` and notes the kind of anything else.
struct Expecting<T>(std::marker::PhantomData<T>);

/// `visit_…` methods for kinds of value a visitor does not take, each noting what it was given:
/// `refuse!(str, seq)`; `numbers` is every kind of number.
macro_rules! refuse {
    (bool) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(Loose::Isnt("true or false"))
        }
    };
    (str) => {
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok(Loose::Isnt("text"))
        }
    };
    (seq) => {
        fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Ok(Loose::Isnt("a list"))
        }
    };
    (map) => {
        fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Ok(Loose::Isnt("a table or a date"))
        }
    };
    (numbers) => {
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(Loose::Isnt("a number"))
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(Loose::Isnt("a number"))
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(Loose::Isnt("a number"))
        }
    };
    ($($kind:tt),+) => {
        $(refuse!($kind);)+
    };
}

impl<'de> Visitor<'de> for Expecting<String> {
    type Value = Loose<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Loose::Is(text.to_string()))
    }

    refuse!(seq, map, bool, numbers);
}

impl<'de> Visitor<'de> for Expecting<bool> {
    type Value = Loose<bool>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("true or false")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
        Ok(Loose::Is(value))
    }

    refuse!(str, seq, map, numbers);
}

impl<'de> Visitor<'de> for Expecting<i64> {
    type Value = Loose<i64>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a whole number")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        Ok(Loose::Is(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        Ok(i64::try_from(value).map_or(Loose::Isnt("a number too large"), Loose::Is))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Loose::Isnt("a number with a fraction"))
    }

    refuse!(bool, str, seq, map);
}

impl<'de> Visitor<'de> for Expecting<RawOpener> {
    type Value = Loose<RawOpener>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text, or a table with text")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Loose::Is(RawOpener::Text(text.to_string())))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let table = RawMarkedOpener::deserialize(de::value::MapAccessDeserializer::new(map));
        Ok(table.map_or(Loose::Isnt("something else"), |t| Loose::Is(RawOpener::Marked(t))))
    }

    refuse!(seq, bool, numbers);
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Expecting<Vec<T>> {
    type Value = Loose<Vec<T>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Loose::Is(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Ok(Loose::Isnt("a table"))
    }

    refuse!(str, bool, numbers);
}

/// The field names of a table's raw type, as serde's derive knows them: for telling an editor
/// which fields a section can have.
pub fn field_names<T: for<'de> Deserialize<'de>>() -> &'static [&'static str] {
    /// A deserializer that only listens for the fields a struct asks for.
    struct Listener(&'static [&'static str]);

    impl<'de> Deserializer<'de> for &mut Listener {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("only listening"))
        }

        fn deserialize_struct<V: Visitor<'de>>(self, _: &'static str, fields: &'static [&'static str], _: V) -> Result<V::Value, Self::Error> {
            self.0 = fields;
            Err(de::Error::custom("only listening"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }

    let mut listener = Listener(&[]);
    let _ = T::deserialize(&mut listener);
    listener.0
}
