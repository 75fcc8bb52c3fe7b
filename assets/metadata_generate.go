package assets

// metadata.go is generated from FyneApp.toml, the single source of the
// application's name, ID and version; TestMetadataUpToDate fails when it
// is stale.

//go:generate go run ./internal/meta/genmeta -toml ../FyneApp.toml -out metadata.go
