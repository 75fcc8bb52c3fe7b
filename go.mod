module github.com/dateline-app/dateline

go 1.26

require github.com/adrg/frontmatter v0.2.0

require (
	github.com/BurntSushi/toml v1.5.0 // indirect
	github.com/niemeyer/pretty v0.0.0-20200227124842-a10e7caefd8e // indirect
	gopkg.in/check.v1 v1.0.0-20200227125254-8fa46927fb4f // indirect
	gopkg.in/yaml.v2 v2.3.0 // indirect
)
