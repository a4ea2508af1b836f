# Build, install and remove factd with its systemd units.
#   make install            build a release with the Swift runtime linked in, install, reload systemd
#   make install DESTDIR=/x  stage into /x (for packaging and the systemd tests)
#   systemctl enable --now factd.socket   then: factctl --socket /run/factd/factd.sock status
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DOCDIR ?= $(PREFIX)/share/doc/factd
UNITDIR ?= /etc/systemd/system
SYSUSERSDIR ?= /usr/lib/sysusers.d
SWIFT ?= swift
BUILD_FLAGS ?= -c release --static-swift-stdlib
# Where the built binaries are; give BIN=… to install a build made elsewhere without building.
BIN ?= $(shell $(SWIFT) build $(BUILD_FLAGS) --show-bin-path)

.PHONY: build install install-files uninstall units

build:
	$(SWIFT) build $(BUILD_FLAGS)

# The unit files with the installed binary's path filled in.
units:
	mkdir -p $(DESTDIR)$(UNITDIR)
	sed 's|@BINDIR@|$(BINDIR)|g' systemd/factd.service > $(DESTDIR)$(UNITDIR)/factd.service
	install -m 0644 systemd/factd.socket $(DESTDIR)$(UNITDIR)/factd.socket

install: build install-files

install-files: units
	install -D -m 0755 $(BIN)/factd $(DESTDIR)$(BINDIR)/factd
	install -D -m 0755 $(BIN)/factctl $(DESTDIR)$(BINDIR)/factctl
	install -D -m 0644 systemd/factd.sysusers $(DESTDIR)$(SYSUSERSDIR)/factd.conf
	install -D -m 0644 README.md $(DESTDIR)$(DOCDIR)/README.md
	[ -e $(DESTDIR)/etc/default/factd ] || install -D -m 0644 systemd/factd.default $(DESTDIR)/etc/default/factd
	if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemd-sysusers factd.conf || systemd-sysusers; systemctl daemon-reload; fi

uninstall:
	-systemctl disable --now factd.socket factd.service 2>/dev/null
	rm -f $(DESTDIR)$(BINDIR)/factd $(DESTDIR)$(BINDIR)/factctl $(DESTDIR)$(UNITDIR)/factd.service \
	      $(DESTDIR)$(UNITDIR)/factd.socket $(DESTDIR)$(SYSUSERSDIR)/factd.conf
	rm -rf $(DESTDIR)$(DOCDIR)
	-[ -z "$(DESTDIR)" ] && systemctl daemon-reload
