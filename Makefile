# Release build and installation. `make install PREFIX=~/.local` puts the binary in $(PREFIX)/bin, the content in
# $(PREFIX)/share/qomus/content (where the binary finds it), shell completions and the man page.
PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
BIN := $(shell $(SWIFT) build -c release --show-bin-path 2>/dev/null)

.PHONY: release install uninstall man completions test clean

release:
	$(SWIFT) build -c release --static-swift-stdlib --product qomus

man: release
	mkdir -p .build/man
	$(SWIFT) build -c release --product generate-manual
	$(BIN)/generate-manual $(BIN)/qomus --output-directory .build/man

completions: release
	mkdir -p .build/completions
	$(BIN)/qomus --generate-completion-script bash > .build/completions/qomus.bash
	$(BIN)/qomus --generate-completion-script zsh > .build/completions/_qomus
	$(BIN)/qomus --generate-completion-script fish > .build/completions/qomus.fish

install: release man completions
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/qomus $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 -s $(BIN)/qomus $(DESTDIR)$(PREFIX)/bin/qomus
	rm -rf $(DESTDIR)$(PREFIX)/share/qomus/content
	cp -R content $(DESTDIR)$(PREFIX)/share/qomus/content
	install -m 644 .build/man/qomus.1 $(DESTDIR)$(PREFIX)/share/man/man1/qomus.1
	install -m 644 .build/completions/qomus.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/qomus
	install -m 644 .build/completions/_qomus $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_qomus
	install -m 644 .build/completions/qomus.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/qomus.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/qomus $(DESTDIR)$(PREFIX)/share/man/man1/qomus.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/qomus \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_qomus \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/qomus.fish
	rm -rf $(DESTDIR)$(PREFIX)/share/qomus

test:
	$(SWIFT) test

clean:
	rm -rf .build
