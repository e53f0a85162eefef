// @generated from spec/old.yaml by `cargo xtask codegen`. Do not edit by hand.
