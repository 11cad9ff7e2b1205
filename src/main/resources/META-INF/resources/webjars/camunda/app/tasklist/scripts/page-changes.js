// Thi đua: the webapps change the page many times in a row (a long form, a list that loads); our
// scripts look at it once per frame in which it changed, not once per change, and once at the start.
// The webapps load custom scripts as modules, so the scripts import this one (Cockpit's too).
export function onPageChanges(look, options = {childList: true, subtree: true}) {
  let scheduled = false;
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        look();
      });
    }
  }).observe(document.body, options);
  look();
}
