//! The top-level `owners` key means one of two things, told apart by its
//! TOML shape: a table (`owners = { users, teams }`, Atlantis's owners of
//! every policy set, as before `[[owners]]` existed) or an array of tables
//! (`[[owners]]`, the rules that give findings their owners). TOML cannot
//! hold both under one key, so a file with rules puts the set owners in
//! `[approvals] owners`.

use serde::Deserialize;

use super::SetOwners;
use crate::owners::OwnerRule;

pub(super) enum OwnersKey {
    SetOwners(SetOwners),
    Rules(Vec<OwnerRule>),
}

pub(super) fn parse(value: toml::Value) -> Result<OwnersKey, String> {
    match value {
        toml::Value::Table(_) => SetOwners::deserialize(value)
            .map(OwnersKey::SetOwners)
            .map_err(|e| format!("owners: {}", e.message())),
        toml::Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                OwnerRule::deserialize(item)
                    .map_err(|e| format!("[[owners]] rule {}: {}", index + 1, e.message()))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(OwnersKey::Rules),
        other => Err(format!(
            "owners must be a table of policy-set owners (owners = {{ users = [...], teams = [...] }}) or [[owners]] rules, not a {}",
            other.type_str()
        )),
    }
}
