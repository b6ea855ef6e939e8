//! SSH signatures over approvals, in the `ssh-keygen -Y sign` (SSHSIG)
//! format, checked against an allowed-signers file as `ssh-keygen -Y verify`
//! does: a signature counts only if it verifies with a key listed for the
//! approving user.

use std::path::Path;

use ssh_key::{HashAlg, LineEnding, PrivateKey, PublicKey, SshSig};

/// The SSHSIG namespace: a signature made for anything else never verifies here.
pub const NAMESPACE: &str = "tfguard-approval";

#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error("{path}: cannot read the key: {message}")]
    Key { path: String, message: String },
    #[error("{path}: the key is encrypted; tfguard signs with unencrypted OpenSSH keys only")]
    Encrypted { path: String },
    #[error("signing failed: {0}")]
    Sign(String),
    #[error("{path}: cannot read allowed signers: {message}")]
    Signers { path: String, message: String },
}

/// Signs `message` with an OpenSSH private key file; returns the armored signature.
pub fn sign(key_path: &Path, message: &[u8]) -> Result<String, SignError> {
    let path = key_path.display().to_string();
    let key = PrivateKey::read_openssh_file(key_path).map_err(|e| SignError::Key {
        path: path.clone(),
        message: e.to_string(),
    })?;
    if key.is_encrypted() {
        return Err(SignError::Encrypted { path });
    }
    let signature = key
        .sign(NAMESPACE, HashAlg::Sha512, message)
        .map_err(|e| SignError::Sign(e.to_string()))?;
    signature
        .to_pem(LineEnding::LF)
        .map_err(|e| SignError::Sign(e.to_string()))
}

/// An allowed-signers file: `principal[,principal...] [options] keytype base64 [comment]`.
#[derive(Debug, Default)]
pub struct AllowedSigners {
    entries: Vec<(Vec<String>, PublicKey)>,
}

impl AllowedSigners {
    pub fn load(path: &Path) -> Result<Self, SignError> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| SignError::Signers {
            path: display.clone(),
            message: e.to_string(),
        })?;
        let mut entries = Vec::new();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split_whitespace();
            let principals: Vec<String> = fields
                .next()
                .unwrap_or("")
                .split(',')
                .map(str::to_lowercase)
                .collect();
            let rest: Vec<&str> = fields.collect();
            // Options (cert-authority, namespaces=..., valid-after=...) come
            // before the key type when present.
            let key_start = rest
                .iter()
                .position(|f| {
                    f.starts_with("ssh-") || f.starts_with("ecdsa-") || f.starts_with("sk-")
                })
                .ok_or_else(|| SignError::Signers {
                    path: display.clone(),
                    message: format!("line {}: no public key", number + 1),
                })?;
            let key = PublicKey::from_openssh(&rest[key_start..].join(" ")).map_err(|e| {
                SignError::Signers {
                    path: display.clone(),
                    message: format!("line {}: {e}", number + 1),
                }
            })?;
            entries.push((principals, key));
        }
        Ok(Self { entries })
    }

    /// Whether `signature` over `message` verifies with a key of `principal`.
    pub fn verifies(&self, principal: &str, message: &[u8], signature: &str) -> bool {
        let Ok(signature) = SshSig::from_pem(signature) else {
            return false;
        };
        let principal = principal.to_lowercase();
        self.entries
            .iter()
            .filter(|(principals, _)| principals.contains(&principal))
            .any(|(_, key)| key.verify(NAMESPACE, message, &signature).is_ok())
    }
}
