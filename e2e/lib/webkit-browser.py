#!/usr/bin/python3
# A bare WebKitGTK browser for WebKitWebDriver (lib/engines.mjs names it in
# the session's capabilities). Debian's MiniBrowser keeps its window at least
# 447 px wide for its header; this window has nothing but the web view, so
# the viewport is exactly --size. It also does what WebKitGTK's WebDriver
# cannot: a fresh profile per session (--data-dir), scripts at document start
# in every page (--user-script: the tests' guard, like the BiDi preload
# scripts of the other engines) and every host but 127.0.0.1 sent to a
# closed port, so no request leaves the machine.
# /usr/bin/python3: Debian's python3-gi is not in other Pythons' paths.
import argparse

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--automation", action="store_true", required=True)
parser.add_argument("--size", default="1366x900")
parser.add_argument("--data-dir", required=True)
parser.add_argument("--user-script", action="append", default=[])
args = parser.parse_args()
width, height = (int(n) for n in args.size.split("x"))

data = WebKit2.WebsiteDataManager(
    base_data_directory=f"{args.data_dir}/data", base_cache_directory=f"{args.data_dir}/cache"
)
proxy = WebKit2.NetworkProxySettings.new("http://127.0.0.1:9", ["127.0.0.1"])
data.set_network_proxy_settings(WebKit2.NetworkProxyMode.CUSTOM, proxy)
context = WebKit2.WebContext(website_data_manager=data)
context.set_automation_allowed(True)

scripts = WebKit2.UserContentManager()
for path in args.user_script:
    with open(path, encoding="utf-8") as source:
        scripts.add_script(
            WebKit2.UserScript(
                source.read(),
                WebKit2.UserContentInjectedFrames.TOP_FRAME,
                WebKit2.UserScriptInjectionTime.START,
                None,
                None,
            )
        )


def create_web_view(_session):
    view = WebKit2.WebView(
        web_context=context, user_content_manager=scripts, is_controlled_by_automation=True
    )
    window = Gtk.Window()
    window.set_default_size(width, height)
    window.add(view)
    window.connect("destroy", Gtk.main_quit)
    window.show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("xining-report-e2e")
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


context.connect("automation-started", automation_started)
Gtk.main()
