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

    // A self-signed certificate for `localhost` and its key, made for these tests only
    // (P-256, valid until 2126; see tests/data/README.md).
    const CERT: &[u8] = include_bytes!("../tests/data/localhost.cert.der");
    const KEY: &[u8] = include_bytes!("../tests/data/localhost.key.der");

    fn server_config() -> rustls::ServerConfig {
        let cert = rustls::pki_types::CertificateDer::from(CERT.to_vec());
        let key = rustls::pki_types::PrivateKeyDer::Pkcs8(KEY.to_vec().into());
        rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![cert], key)
            .unwrap()
    }

    /// Runs a TLS handshake between `client` and a server presenting the test
    /// certificate, in memory; the client's error if it refuses.
    fn handshake(client: rustls::ClientConfig) -> Result<(), rustls::Error> {
        let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
        let mut c = rustls::ClientConnection::new(Arc::new(client), name)?;
        let mut s = rustls::ServerConnection::new(Arc::new(server_config()))?;
        for _ in 0..10 {
            let mut wire = Vec::new();
            c.write_tls(&mut wire).unwrap();
            s.read_tls(&mut wire.as_slice()).unwrap();
            s.process_new_packets().unwrap();
            wire.clear();
            s.write_tls(&mut wire).unwrap();
            c.read_tls(&mut wire.as_slice()).unwrap();
            c.process_new_packets()?;
            if !c.is_handshaking() && !s.is_handshaking() {
                return Ok(());
            }
        }
        panic!("the handshake did not finish");
    }

    #[test]
    fn a_certificate_the_client_trusts_completes_the_handshake() {
        // The control: the same provider and protocol versions, with the test
        // certificate as the only root, so the harness can succeed.
        let mut roots = rustls::RootCertStore::empty();
        roots
            .add(rustls::pki_types::CertificateDer::from(CERT.to_vec()))
            .unwrap();
        let client = rustls::ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
        handshake(client).unwrap();
    }

    #[test]
    fn https_configs_refuse_an_unknown_certificate() {
        let err = handshake(client_config(true).unwrap()).unwrap_err();
        assert!(
            matches!(err, rustls::Error::InvalidCertificate(_)),
            "{err:?}"
        );
    }

    #[test]
    fn plain_http_configs_trust_no_certificate() {
        let err = handshake(client_config(false).unwrap()).unwrap_err();
        assert!(
            matches!(err, rustls::Error::InvalidCertificate(_)),
            "{err:?}"
        );
    }
}
