//! The TLS setup handed to reqwest: rustls with the crypto provider chosen by cargo
//! feature (`tls-ring` or `tls-aws-lc`), passed explicitly rather than installed as
//! the process-wide default, so that the application's own rustls choices are left
//! alone and building a client never depends on what else was initialized.

use std::sync::Arc;

use rustls::crypto::CryptoProvider;

use crate::config::ConfigError;

#[cfg(not(any(feature = "tls-ring", feature = "tls-aws-lc")))]
compile_error!(
    "tencent-chat needs a TLS crypto provider: enable its `tls-ring` (the default) or `tls-aws-lc` feature"
);

/// The crypto provider selected by the crate's features (aws-lc-rs when both are on).
pub(crate) fn provider() -> Arc<CryptoProvider> {
    #[cfg(feature = "tls-aws-lc")]
    let provider = rustls::crypto::aws_lc_rs::default_provider();
    #[cfg(all(feature = "tls-ring", not(feature = "tls-aws-lc")))]
    let provider = rustls::crypto::ring::default_provider();
    // Never built: the compile_error! above stops the build first; this only keeps
    // it from piling a type error on top.
    #[cfg(not(any(feature = "tls-ring", feature = "tls-aws-lc")))]
    let provider: CryptoProvider = unreachable!();
    Arc::new(provider)
}

/// The rustls configuration of the client's connections. For an `https` base URL,
/// certificates are verified against the platform's roots (as reqwest's own rustls
/// setup does); for a plain-`http` base URL (the emulator, a local proxy) no root is
/// loaded, so nothing is read from the system and any https URL reached by a redirect
/// fails verification rather than being trusted.
pub(crate) fn client_config(https: bool) -> Result<rustls::ClientConfig, ConfigError> {
    let tls_error = |e: rustls::Error| ConfigError::InvalidSetting {
        what: "TLS configuration",
        reason: e.to_string(),
    };
    let provider = provider();
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?;
    let mut config = if https {
        let verifier = rustls_platform_verifier::Verifier::new(provider).map_err(tls_error)?;
        builder
            .dangerous() // a verifier of our choice, not "no verification"
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth()
    } else {
        builder
            .with_root_certificates(rustls::RootCertStore::empty())
            .with_no_client_auth()
    };
    // reqwest is built without HTTP/2.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suites(p: &CryptoProvider) -> Vec<rustls::CipherSuite> {
        p.cipher_suites.iter().map(|s| s.suite()).collect()
    }

    #[test]
    fn the_feature_selected_provider_is_used() {
        #[cfg(feature = "tls-aws-lc")]
        let expected = rustls::crypto::aws_lc_rs::default_provider();
        #[cfg(all(feature = "tls-ring", not(feature = "tls-aws-lc")))]
        let expected = rustls::crypto::ring::default_provider();
        let config = client_config(false).unwrap();
        assert_eq!(suites(config.crypto_provider()), suites(&expected));
        // Nothing was installed process-wide.
        assert!(CryptoProvider::get_default().is_none());
    }
}
