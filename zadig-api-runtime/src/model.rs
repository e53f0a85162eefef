//! Building blocks of the generated types: the catch-alls that keep enums and unions open, the
//! (de)serialisation of internally tagged unions, and Zadig's `{"message": ...}` reply.

use std::fmt;

use serde::de::{self, Deserializer};
use serde::ser::{self, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A string enum value that this version of the bindings does not know.
///
/// It is opaque on purpose: it can only be produced by decoding (or by converting a string)
/// a value that matches no known variant. Code that needs the raw text calls
/// [`as_str`](UnknownValue::as_str) on the enum. Because a known value never lands here, a
/// `match` on a known variant keeps working when a later spec adds the value the server
/// already sent.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// Wraps a value that the caller (generated code) has checked is not a known variant.
    #[doc(hidden)]
    pub fn new(value: String) -> Self {
        Self(value)
    }

    /// The value as it appeared on the wire.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An item of a tagged union whose tag this version of the bindings does not know.
///
/// It keeps the whole JSON object, tag included. Like [`UnknownValue`] it cannot hold a known
/// tag: converting JSON with a known tag always produces the known variant.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownVariant {
    tag: String,
    object: Map<String, Value>,
}

impl UnknownVariant {
    #[doc(hidden)]
    pub fn new(tag: String, object: Map<String, Value>) -> Self {
        Self { tag, object }
    }

    /// The tag value as it appeared on the wire.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The whole JSON object, including the tag field.
    pub fn as_json(&self) -> &Map<String, Value> {
        &self.object
    }
}

/// The fields of a JSON object that this version of the bindings does not model.
///
/// Every generated struct keeps them in its `unknown_fields`, and writes them back when it is
/// encoded, so that reading a value from the server, changing one field and sending it back
/// (an update that replaces a whole definition) loses nothing the bindings do not know yet.
/// Keys keep their order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnknownFields(Map<String, Value>);

impl UnknownFields {
    /// No unknown fields.
    pub fn new() -> Self {
        Self::default()
    }

    /// True when the object had no field the bindings do not model.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many unknown fields there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The value of the unknown field `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key)
    }

    /// Sets an unknown field (one the bindings have no field for), returning its old value.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) -> Option<Value> {
        self.0.insert(key.into(), value)
    }

    /// Removes an unknown field, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }

    /// The unknown fields in the order they arrived.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter()
    }

    /// The unknown fields as a JSON object.
    pub fn as_map(&self) -> &Map<String, Value> {
        &self.0
    }
}

impl From<Map<String, Value>> for UnknownFields {
    fn from(map: Map<String, Value>) -> Self {
        Self(map)
    }
}

impl Serialize for UnknownFields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for UnknownFields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = Map::<String, Value>::deserialize(deserializer)?;
        #[cfg(any(test, feature = "test-support"))]
        unknown_keys::record(&map);
        Ok(Self(map))
    }
}

/// What a generated struct's field table did with one key of the object being read.
#[derive(Debug, Clone, Copy)]
pub enum Slot {
    /// A field it models; its value has been read.
    Known,
    /// The required field with this index in [`Fields::REQUIRED`]; its value has been read.
    Required(u32),
    /// A key it does not model; the value is still to be read.
    Unknown,
}

/// A generated struct as the runtime reads it: a zero value filled field by field.
///
/// Its `Deserialize` is [`read_struct`]: one visitor for every struct, so that each struct's
/// generated code is its field table alone (one match arm per field) instead of serde's
/// derive, whose expansion per struct and per `null`-tolerant field made most of the crate's
/// build time.
pub trait Fields: Default {
    /// The type's name, for errors.
    const NAME: &'static str;
    /// The wire names of the fields an object must have (non-`Option` required fields); most
    /// structs have none.
    const REQUIRED: &'static [&'static str] = &[];

    /// Reads the value of `key` into its field, or says the key is not modelled.
    fn read<'de, A: de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Slot, A::Error>;

    /// Where keys it does not model go.
    fn unknown_fields(&mut self) -> &mut UnknownFields;
}

/// Reads a generated struct from a JSON object: known keys into their fields, others into
/// `unknown_fields` (in order), an absent required field an error, a field left out its zero
/// value. A later duplicate of a key wins, as in `serde_json::Value`.
pub fn read_struct<'de, T: Fields, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(StructVisitor(std::marker::PhantomData))
}

struct StructVisitor<T>(std::marker::PhantomData<fn() -> T>);

impl<'de, T: Fields> de::Visitor<'de> for StructVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::default();
        let mut seen = 0u64;
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            match value.read(&key, &mut map)? {
                Slot::Known => {}
                Slot::Required(index) => seen |= 1u64.checked_shl(index).unwrap_or(0),
                Slot::Unknown => {
                    let field: Value = map.next_value()?;
                    #[cfg(any(test, feature = "test-support"))]
                    unknown_keys::record_key(&key);
                    value.unknown_fields().insert(key.into_owned(), field);
                }
            }
        }
        for (index, name) in T::REQUIRED.iter().enumerate() {
            let bit = u32::try_from(index)
                .ok()
                .and_then(|index| 1u64.checked_shl(index))
                .unwrap_or(0);
            if seen & bit == 0 {
                return Err(de::Error::missing_field(name));
            }
        }
        Ok(value)
    }
}

/// An object key, borrowed from the input when it can be.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }

            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(key)))
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(key.to_owned())))
            }

            fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(key)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Reads a field's value (each reader returns the [`Slot`] the field table answers with, so
/// that a generated match arm is the call alone).
pub fn value<'de, A, T>(map: &mut A, field: &mut T) -> Result<Slot, A::Error>
where
    A: de::MapAccess<'de>,
    T: Deserialize<'de>,
{
    *field = map.next_value()?;
    Ok(Slot::Known)
}

/// Reads the value of a field the server always sends (a Go field that is neither a pointer
/// nor `omitempty`): `null` (Go's nil slice or map) reads as the zero value, as absence does.
pub fn or_default<'de, A, T>(map: &mut A, field: &mut T) -> Result<Slot, A::Error>
where
    A: de::MapAccess<'de>,
    T: Deserialize<'de> + Default,
{
    *field = map.next_value::<Option<T>>()?.unwrap_or_default();
    Ok(Slot::Known)
}

/// Reads the value of the required field with index `index` in [`Fields::REQUIRED`].
pub fn required<'de, A, T>(map: &mut A, field: &mut T, index: u32) -> Result<Slot, A::Error>
where
    A: de::MapAccess<'de>,
    T: Deserialize<'de>,
{
    *field = map.next_value()?;
    Ok(Slot::Required(index))
}

/// Writes a generated struct as a map: its known fields in order (an `Option` only when set),
/// then its unknown ones. It keeps the first error and skips the rest, so that each field in
/// the generated `Serialize` is one plain call: a `?` per field, expanded and checked in every
/// struct, made much of the crate's build time.
pub struct Writer<M: ser::SerializeMap> {
    map: M,
    error: Option<M::Error>,
}

impl<M: ser::SerializeMap> Writer<M> {
    /// Starts the map of a struct.
    pub fn new<S: Serializer<SerializeMap = M, Error = M::Error>>(
        serializer: S,
    ) -> Result<Self, M::Error> {
        Ok(Self {
            map: serializer.serialize_map(None)?,
            error: None,
        })
    }

    /// Writes one field.
    pub fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        if self.error.is_none() {
            if let Err(error) = self.map.serialize_entry(key, value) {
                self.error = Some(error);
            }
        }
    }

    /// Writes an optional field when it is set.
    pub fn some<T: Serialize>(&mut self, key: &'static str, value: &Option<T>) {
        if let Some(value) = value {
            self.entry(key, value);
        }
    }

    /// Writes the unknown fields after the known ones and ends the map.
    pub fn end(mut self, unknown: &UnknownFields) -> Result<M::Ok, M::Error> {
        for (key, value) in &unknown.0 {
            self.entry(key, value);
        }
        match self.error {
            Some(error) => Err(error),
            None => self.map.end(),
        }
    }
}

/// In tests (of this crate, and of `zadig-api` through the `test-support` feature), the keys
/// that generated structs kept as unknown, so that the example and server-shape tests fail on
/// a field the spec does not declare (the lossless round-trip would otherwise hide it).
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub mod unknown_keys {
    use std::cell::RefCell;

    use serde_json::{Map, Value};

    thread_local! {
        static SEEN: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    pub fn record(map: &Map<String, Value>) {
        SEEN.with(|seen| seen.borrow_mut().extend(map.keys().cloned()));
    }

    pub fn record_key(key: &str) {
        SEEN.with(|seen| seen.borrow_mut().push(key.to_owned()));
    }

    /// The keys recorded since the last call.
    pub fn take() -> Vec<String> {
        SEEN.with(|seen| std::mem::take(&mut *seen.borrow_mut()))
    }
}

/// Decodes a field that the server always sends (a Go field that is neither a pointer nor
/// `omitempty`): `null` (Go's nil slice or map) reads as the zero value, as absence does
/// through `#[serde(default)]`.
#[allow(
    dead_code,
    reason = "for structs without a zero value, which keep serde's derive; today's spec has none"
)]
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// Decodes an untyped value (a field of type `any`) as `T`, for the generated `<field>_as`
/// methods; an absent value decodes as `null`.
pub fn decode_view<T: serde::de::DeserializeOwned>(value: Option<&Value>) -> crate::Result<T> {
    let value = value.unwrap_or(&Value::Null);
    T::deserialize(value).map_err(|err| {
        crate::Error::new(
            crate::ErrorKind::Decode,
            format!(
                "the value does not decode as {}: {err}",
                std::any::type_name::<T>()
            ),
        )
        .with_source(err)
    })
}

/// Zadig's plain acknowledgement: `{"message": "success"}`, sometimes with a numeric `code`.
///
/// The server is not consistent about the type of `message` (the docs show both `"success"`
/// and `200`), so a number decodes too. It is kept as its decimal text, and encoding writes it
/// back as the number it was.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ApiMessage {
    /// The message, usually `success`.
    pub message: String,
    /// A status code some endpoints add (`1` for success on the approval ticket endpoint).
    pub code: Option<i64>,
    /// The message arrived as a JSON number.
    numeric: bool,
}

impl ApiMessage {
    /// A message with the given text and no code.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            code: None,
            numeric: false,
        }
    }
}

impl Serialize for ApiMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        match self.message.parse::<serde_json::Number>() {
            Ok(number) if self.numeric => map.serialize_entry("message", &number)?,
            _ => map.serialize_entry("message", &self.message)?,
        }
        if let Some(code) = self.code {
            map.serialize_entry("code", &code)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for ApiMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let object = Map::<String, Value>::deserialize(deserializer)?;
        let (message, numeric) = match object.get("message") {
            Some(Value::String(text)) => (text.clone(), false),
            Some(Value::Number(number)) => (number.to_string(), true),
            Some(Value::Null) | None => (String::new(), false),
            Some(other) => {
                return Err(de::Error::custom(format_args!(
                    "`message` must be a string or a number, found {other}"
                )));
            }
        };
        let code = match object.get("code") {
            Some(Value::Number(number)) => Some(number.as_i64().ok_or_else(|| {
                de::Error::custom(format_args!("`code` must be an integer, found {number}"))
            })?),
            Some(Value::Null) | None => None,
            Some(other) => {
                return Err(de::Error::custom(format_args!(
                    "`code` must be an integer, found {other}"
                )));
            }
        };
        Ok(Self {
            message,
            code,
            numeric,
        })
    }
}

/// Decodes an internally tagged union item into its tag and the whole object.
pub fn deserialize_tagged<'de, D: Deserializer<'de>>(
    deserializer: D,
    tag_field: &'static str,
) -> Result<(String, Map<String, Value>), D::Error> {
    let object = Map::<String, Value>::deserialize(deserializer)?;
    let tag = match object.get(tag_field) {
        Some(Value::String(tag)) => tag.clone(),
        Some(other) => {
            return Err(de::Error::custom(format_args!(
                "field `{tag_field}` must be a string, found {other}"
            )));
        }
        None => return Err(de::Error::missing_field(tag_field)),
    };
    Ok((tag, object))
}

/// Decodes one known variant's struct from the object its tag was read from. The tag is taken
/// out first unless the struct declares it as a field (`keep_tag`), so that it does not land
/// among the struct's unknown fields (`serialize_tagged` writes it back).
pub fn from_object<T: serde::de::DeserializeOwned, E: de::Error>(
    mut object: Map<String, Value>,
    tag_field: &'static str,
    keep_tag: bool,
) -> Result<T, E> {
    if !keep_tag {
        object.remove(tag_field);
    }
    T::deserialize(Value::Object(object)).map_err(E::custom)
}

/// Encodes a variant's struct with the tag written first, next to its fields.
pub fn serialize_tagged<S: Serializer, T: Serialize>(
    serializer: S,
    tag_field: &'static str,
    tag: &str,
    variant: &T,
) -> Result<S::Ok, S::Error> {
    let fields = match serde_json::to_value(variant).map_err(ser::Error::custom)? {
        Value::Object(fields) => fields,
        other => {
            return Err(ser::Error::custom(format_args!(
                "a union variant must encode as an object, not {other}"
            )));
        }
    };
    let mut object = Map::with_capacity(fields.len() + 1);
    object.insert(tag_field.to_owned(), Value::String(tag.to_owned()));
    for (key, value) in fields {
        if key != tag_field {
            object.insert(key, value);
        }
    }
    object.serialize(serializer)
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Test support for the generated example tests: `text` decodes into `T` with every key landing
/// in a declared field (none kept as unknown), and encoding the decoded value gives back every
/// key and value of `text` (`null` and absent count as equal).
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub fn check_example<T: serde::de::DeserializeOwned + Serialize>(text: &str) {
    check_example_as::<T>(text, text);
}

/// Like [`check_example`], for an example that spells some keys as a field's alias: it must
/// decode, and re-encoding must give `expected` (the same JSON under the fields' own names).
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub fn check_example_as<T: serde::de::DeserializeOwned + Serialize>(text: &str, expected: &str) {
    let expected: Value = match serde_json::from_str(expected) {
        Ok(value) => value,
        Err(err) => panic!("the expected re-encoding is not JSON: {err}"),
    };
    let original: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => panic!("the example is not JSON: {err}"),
    };
    unknown_keys::take();
    let decoded: T = match serde_json::from_value(original.clone()) {
        Ok(decoded) => decoded,
        Err(err) => panic!(
            "the example does not decode into {}: {err}",
            std::any::type_name::<T>()
        ),
    };
    let unknown = unknown_keys::take();
    assert!(
        unknown.is_empty(),
        "{} has no field for these keys of the example (kept only as unknown fields): {}",
        std::any::type_name::<T>(),
        unknown.join(", ")
    );
    let encoded = match serde_json::to_value(&decoded) {
        Ok(encoded) => encoded,
        Err(err) => panic!("the decoded example does not encode: {err}"),
    };
    let mut lost = Vec::new();
    compare_json(&expected, &encoded, "$", &mut lost);
    assert!(
        lost.is_empty(),
        "re-encoding {} loses or changes parts of the example:\n{}",
        std::any::type_name::<T>(),
        lost.join("\n")
    );
}

#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub fn compare_json(original: &Value, encoded: &Value, path: &str, lost: &mut Vec<String>) {
    match (original, encoded) {
        (Value::Object(original), Value::Object(encoded)) => {
            for (key, value) in original {
                match encoded.get(key) {
                    Some(encoded) => compare_json(value, encoded, &format!("{path}.{key}"), lost),
                    None if value.is_null() => {}
                    None => lost.push(format!("{path}.{key}: missing after re-encoding")),
                }
            }
        }
        (Value::Array(original), Value::Array(encoded)) if original.len() == encoded.len() => {
            for (index, (original, encoded)) in original.iter().zip(encoded).enumerate() {
                compare_json(original, encoded, &format!("{path}[{index}]"), lost);
            }
        }
        (Value::Number(original), Value::Number(encoded))
            if original.as_f64() == encoded.as_f64() => {}
        // Go writes a nil slice or map as `null`; a field the server always sends decodes it
        // as the empty value and writes that back, which Go reads the same.
        (Value::Null, Value::Array(items)) if items.is_empty() => {}
        (Value::Null, Value::Object(map)) if map.is_empty() => {}
        (original, encoded) if original == encoded => {}
        (original, encoded) => lost.push(format!("{path}: {original} became {encoded}")),
    }
}

/// Test support for the generated lossless round-trip tests: `text` (a sample of `T` with keys
/// the spec does not declare) decodes into `T`, and encoding it gives back exactly `text`.
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub fn check_lossless<T: serde::de::DeserializeOwned + Serialize>(text: &str) {
    let original: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => panic!("the sample is not JSON: {err}"),
    };
    let decoded: T = match serde_json::from_value(original.clone()) {
        Ok(decoded) => decoded,
        Err(err) => panic!(
            "the sample does not decode into {}: {err}",
            std::any::type_name::<T>()
        ),
    };
    unknown_keys::take();
    let encoded = match serde_json::to_value(&decoded) {
        Ok(encoded) => encoded,
        Err(err) => panic!("the decoded sample does not encode: {err}"),
    };
    let mut differences = Vec::new();
    compare_json(&original, &encoded, "$", &mut differences);
    compare_json(&encoded, &original, "$", &mut differences);
    assert!(
        differences.is_empty(),
        "a round trip through {} is not lossless:\n{}",
        std::any::type_name::<T>(),
        differences.join("\n")
    );
}

#[cfg(test)]
mod unknown_fields_tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Thing {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[serde(flatten)]
        unknown_fields: UnknownFields,
    }

    #[test]
    fn unknown_keys_are_kept_in_order_and_written_back() {
        let text = r#"{"zeta":1,"name":"a","alpha":{"b":[true]}}"#;
        let thing: Thing = serde_json::from_str(text).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(thing.name.as_deref(), Some("a"));
        let keys: Vec<&String> = thing.unknown_fields.iter().map(|(key, _)| key).collect();
        assert_eq!(keys, ["zeta", "alpha"]);
        let back = serde_json::to_value(&thing).unwrap_or_default();
        assert_eq!(
            back,
            serde_json::json!({"name": "a", "zeta": 1, "alpha": {"b": [true]}})
        );
        unknown_keys::take();
    }

    #[test]
    #[should_panic(expected = "has no field for these keys of the example")]
    fn an_example_key_the_spec_lacks_still_fails_its_test() {
        check_example::<Thing>(r#"{"name":"a","not_declared":1}"#);
    }

    #[test]
    fn lossless_check_accepts_unknown_keys() {
        check_lossless::<Thing>(r#"{"name":"a","not_declared":{"x":[1,"two"]}}"#);
    }
}

/// The field-table reader of generated structs, on a struct written as the generator writes
/// one: a required field, one the server always sends (`null` is its zero value), an optional
/// one with a docs alias, and the unknown rest.
#[cfg(test)]
mod struct_reader_tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Default)]
    struct Job {
        name: String,
        retries: Vec<i64>,
        owner: Option<String>,
        unknown_fields: UnknownFields,
    }

    impl Serialize for Job {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = Writer::new(serializer)?;
            map.entry("name", &self.name);
            map.entry("retries", &self.retries);
            map.some("owner", &self.owner);
            map.end(&self.unknown_fields)
        }
    }

    impl<'de> Deserialize<'de> for Job {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            read_struct(deserializer)
        }
    }

    impl Fields for Job {
        const NAME: &'static str = "Job";
        const REQUIRED: &'static [&'static str] = &["name"];

        fn read<'de, A: de::MapAccess<'de>>(
            &mut self,
            key: &str,
            map: &mut A,
        ) -> Result<Slot, A::Error> {
            match key {
                "name" => required(map, &mut self.name, 0),
                "retries" => or_default(map, &mut self.retries),
                "owner" | "created_by" => value(map, &mut self.owner),
                _ => Ok(Slot::Unknown),
            }
        }

        fn unknown_fields(&mut self) -> &mut UnknownFields {
            &mut self.unknown_fields
        }
    }

    /// A value that cannot be encoded.
    struct Unencodable;

    impl Serialize for Unencodable {
        fn serialize<S: Serializer>(&self, _serializer: S) -> Result<S::Ok, S::Error> {
            Err(ser::Error::custom("this value cannot be encoded"))
        }
    }

    /// Two fields, the first of which fails.
    struct Pair;

    impl Serialize for Pair {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = Writer::new(serializer)?;
            map.entry("broken", &Unencodable);
            map.entry("fine", &1);
            map.end(&UnknownFields::from(Map::from_iter([(
                "extra".to_owned(),
                Value::Bool(true),
            )])))
        }
    }

    #[test]
    fn the_writer_reports_the_first_error_and_writes_nothing_after_it() {
        let mut out = Vec::new();
        let error = Pair
            .serialize(&mut serde_json::Serializer::new(&mut out))
            .err()
            .map(|error| error.to_string());
        assert_eq!(error.as_deref(), Some("this value cannot be encoded"));
        let written = String::from_utf8_lossy(&out);
        assert!(
            !written.contains("fine") && !written.contains("extra"),
            "{written}"
        );
        let job = Job {
            name: "build".to_owned(),
            retries: vec![1],
            owner: None,
            unknown_fields: UnknownFields::from(Map::from_iter([(
                "zeta".to_owned(),
                Value::from(2),
            )])),
        };
        assert_eq!(
            serde_json::to_string(&job).ok().as_deref(),
            Some(r#"{"name":"build","retries":[1],"zeta":2}"#)
        );
    }

    fn read(text: &str) -> Result<Job, serde_json::Error> {
        let job = serde_json::from_str(text);
        unknown_keys::take();
        job
    }

    #[test]
    fn fields_unknown_keys_nulls_and_aliases() {
        let job =
            read(r#"{"zeta":1,"name":"build","retries":null,"created_by":"ada","alpha":[true]}"#)
                .unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(job.name, "build");
        assert!(job.retries.is_empty(), "null reads as the zero value");
        assert_eq!(job.owner.as_deref(), Some("ada"));
        let keys: Vec<&String> = job.unknown_fields.iter().map(|(key, _)| key).collect();
        assert_eq!(keys, ["zeta", "alpha"]);
        // Known fields in order, an unset `Option` left out, then the unknown keys.
        assert_eq!(
            serde_json::to_string(&job).unwrap_or_default(),
            r#"{"name":"build","retries":[],"owner":"ada","zeta":1,"alpha":[true]}"#
        );
        // Absent fields are their zero values; the same through a `serde_json::Value`.
        let value = serde_json::json!({"name": "deploy", "retries": [3]});
        let job = Job::deserialize(&value).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!((job.retries, job.owner), (vec![3], None));
    }

    #[test]
    fn errors_name_the_field_and_the_type() {
        let missing = read(r#"{"retries":[1]}"#).map(drop).unwrap_err();
        assert_eq!(
            missing.to_string(),
            "missing field `name` at line 1 column 15"
        );
        let wrong = read(r#"{"name":"x","retries":"many"}"#)
            .map(drop)
            .unwrap_err();
        assert!(
            wrong
                .to_string()
                .starts_with("invalid type: string \"many\", expected a sequence"),
            "{wrong}"
        );
        let not_an_object = read("[1, 2]").map(drop).unwrap_err();
        assert!(
            not_an_object
                .to_string()
                .starts_with("invalid type: sequence, expected struct Job"),
            "{not_an_object}"
        );
        // A required field that is `null` is an error too, as with serde's derive.
        assert!(read(r#"{"name":null}"#).is_err());
    }
}
