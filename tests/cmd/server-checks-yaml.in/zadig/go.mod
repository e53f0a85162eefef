module github.com/koderover/zadig/v2

go 1.22
