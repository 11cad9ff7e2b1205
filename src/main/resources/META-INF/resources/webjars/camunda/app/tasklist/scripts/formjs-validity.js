// Thi đua: keeps Tasklist's "Hoàn thành" button usable on forms with lists.
// Tasklist 7.24 counts form-js's error entries to decide whether the form is invalid, but form-js
// 1.8 leaves an entry (holding nothing) for every field inside a dynamic list once it was edited,
// so the button stays disabled for good. Here the form counts as invalid only while a field shows
// an error. Completing still validates the whole form (Tasklist submits nothing while form-js
// reports an error) and the server checks everything again.
import {onPageChanges} from './page-changes.js';


// The scope of Tasklist's form controller: the one that owns disableCompleteButton().
function formScope() {
  const button = document.querySelector("button[ng-click='complete()']");
  let scope = button && window.angular ? window.angular.element(button).scope() : null;
  while (scope && !Object.prototype.hasOwnProperty.call(scope, 'disableCompleteButton')) {
    scope = scope.$parent;
  }
  return scope;
}

// Enables the button again when the form shows no error: checked whenever Tasklist marks the form
// invalid, and after every edit, since an error that the person has just corrected leaves Tasklist's
// flag unchanged (a watch alone never fires again, and the button would stay grey until a reload).
function releaseWithoutShownErrors(scope) {
  const shown = document.querySelector('.fjs-form .fjs-has-errors');
  if (scope.$invalid && !shown) {
    scope.$invalid = false;
    scope.$applyAsync();
  }
}

// Watches Tasklist's flag from then on: form-js also validates, when a form opens, every field that
// has a value, so a list filled by the server (the nominee picker) marks the form invalid before
// anything is edited.
function follow(scope) {
  if (scope.thiduaFollowsVisibleErrors) {
    return;
  }
  scope.thiduaFollowsVisibleErrors = true;
  scope.$watch('$invalid', () => releaseWithoutShownErrors(scope));
  scope.$applyAsync();
}

function followVisibleErrors(event) {
  const form = event.target.closest && event.target.closest('.fjs-form');
  const scope = form && formScope();
  if (!scope) {
    return;
  }
  // After form-js has handled this event and redrawn its errors.
  setTimeout(() => releaseWithoutShownErrors(scope), 0);
  follow(scope);
}

for (const type of ['input', 'change', 'click', 'focusin']) {
  document.addEventListener(type, followVisibleErrors, true);
}

// A form that opens.
onPageChanges(() => {
  const scope = document.querySelector('.fjs-form') && formScope();
  if (scope) {
    follow(scope);
  }
});
