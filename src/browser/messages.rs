//! Turning JavaScript message objects into plain [`Fields`] and back. Only the named fields are
//! read; a value that is not an object gives `None`.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::messages::{Fields, Value};

/// The named fields of a received message, if it is an object.
pub fn read_fields(message: &JsValue, names: &[&'static str]) -> Option<Fields> {
    let object = message.dyn_ref::<Object>()?;
    if message.is_function() || js_sys::Array::is_array(message) {
        return None;
    }
    let fields = names
        .iter()
        .map(|name| {
            // A getter that throws, or a proxy, reads as nothing.
            let value = Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
            let value = if let Some(text) = value.as_string() {
                Value::Text(text)
            } else if let Some(number) = value.as_f64() {
                Value::Number(number)
            } else if let Some(flag) = value.as_bool() {
                Value::Bool(flag)
            } else {
                Value::Other
            };
            (*name, value)
        })
        .collect();
    Some(Fields(fields))
}

/// A message object to send.
pub fn to_object(fields: &Fields) -> JsValue {
    let object = Object::new();
    for (name, value) in &fields.0 {
        let value = match value {
            Value::Text(text) => JsValue::from_str(text),
            Value::Number(number) => JsValue::from_f64(*number),
            Value::Bool(flag) => JsValue::from_bool(*flag),
            Value::Other => JsValue::NULL,
        };
        let _ = Reflect::set(&object, &JsValue::from_str(name), &value);
    }
    object.into()
}
