//! `from_env` (one test in this binary: it changes the process environment).

use zadig_api::ErrorKind;

#[test]
fn from_env_reads_url_and_token_and_names_what_is_missing() {
    // SAFETY: this test binary has a single test, so no other thread reads the environment.
    unsafe {
        std::env::remove_var("ZADIG_URL");
        std::env::remove_var("ZADIG_TOKEN");
    }
    let err = zadig_api::Client::from_env().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(err.to_string(), "environment variable ZADIG_URL is not set");

    unsafe { std::env::set_var("ZADIG_URL", "https://zadig.example.com/") };
    let err = zadig_api::Client::from_env().unwrap_err();
    assert_eq!(
        err.to_string(),
        "environment variable ZADIG_TOKEN is not set"
    );

    unsafe { std::env::set_var("ZADIG_TOKEN", "  ") };
    let err = zadig_api::Client::from_env().unwrap_err();
    assert_eq!(err.to_string(), "environment variable ZADIG_TOKEN is empty");

    unsafe { std::env::set_var("ZADIG_TOKEN", "env-token-123") };
    let client = zadig_api::Client::from_env().unwrap();
    assert_eq!(client.base_url().as_str(), "https://zadig.example.com/");
    assert!(!format!("{client:?}").contains("env-token-123"));
    #[cfg(feature = "blocking")]
    zadig_api::blocking::Client::from_env().unwrap();
}
