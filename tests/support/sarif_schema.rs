//! The official SARIF 2.1.0 schema from `../shared/schemas`, shared by the
//! test binaries that validate SARIF (included with `#[path]`).

pub struct SarifSchema(jsonschema::Validator);

impl SarifSchema {
    /// The schema, or `None` (after a notice) when `../shared/schemas` is
    /// not there, as in a user's own clone.
    pub fn load() -> Option<Self> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/schemas/sarif-schema-2.1.0.json");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("notice: ../shared/schemas not found; skipping SARIF schema validation");
            return None;
        };
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        Some(Self(jsonschema::validator_for(&schema).unwrap()))
    }

    /// Every way `document` violates the schema.
    pub fn errors(&self, document: &serde_json::Value) -> Vec<String> {
        self.0
            .iter_errors(document)
            .map(|e| e.to_string())
            .collect()
    }
}
