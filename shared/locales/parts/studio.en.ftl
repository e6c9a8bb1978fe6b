# Part "studio" of the en catalogue (merged into ../en.ftl when the work lands).

## Page frame: skip link, banners, error panel, theme switch, description
layout-skip = Skip to content
layout-loading = Loading…
layout-verify = Please confirm your email address: open the link we sent you. Until then you can't buy credits or publish.
layout-verify-resend = Send the link again
layout-policy-upcoming = Our privacy policy changes on { $date }.
layout-policy-changed = Our privacy policy changed on { $date }. Please take a moment to review it.
layout-policy-region = Privacy policy change
layout-policy-see = See what changes
layout-policy-ack = Got it
shell-description = Obscura is a private AI image studio you can run yourself: your prompts and pictures stay yours.
theme-switch-system = Theme: follows your system. Switch to light
theme-system = System theme
theme-switch-light = Theme: light. Switch to dark
theme-switch-dark = Theme: dark. Switch to following your system
theme-light = Light theme
theme-dark = Dark theme
error-panel-label = Error
error-panel-title = Something went wrong
error-panel-text = We couldn't finish showing this page. Nothing you saved was lost. Reloading usually fixes it; if it keeps happening, tell us through the support page.
error-panel-reload = Reload
error-panel-help = Get help

## A generation's settings
generation-prompt = Prompt
generation-model = Model
generation-size = Size
generation-quality = Quality
generation-seed = Seed
generation-credits = { $count ->
    [one] { $count } credit
   *[other] { $count } credits
}
generation-shape-square = Square
generation-shape-landscape = Landscape
generation-shape-portrait = Portrait
generation-quality-auto = Automatic
generation-quality-low = Draft
generation-quality-medium = Standard
generation-quality-high = High
generation-use-reference = Use as reference
generation-generating = Generating…

## Create page
create-title = Create
create-lead = Describe a picture; it appears below as soon as it is ready. Only you can see it.
create-new-image = New image
create-latest = Latest
create-empty-title = Nothing here yet
create-empty-text = Your images will appear here. Try a prompt such as “a quiet harbour at dawn, pastel colours”.

## Create form
create-prompt-placeholder = A lighthouse on a cliff at dusk, warm light, gentle waves
create-prompt-count = { $count } / { $max } characters
create-key-ctrl = Ctrl
create-key-enter = Enter
create-shortcut = to generate
create-optional = (optional)
create-leave-out = Leave out
create-leave-out-placeholder = blurry, text, watermark
create-offline = Built in and offline: a procedural painter that follows your words, not an AI model.
create-seed-placeholder = Random
create-seed-hint = The same prompt, seed and size give the same picture.
create-images = Images
create-reference = Reference image
create-drop = Drop an image here, paste one, or
create-drop-choose = choose a file
create-drop-hint = PNG, JPEG or WebP, up to 20 MB and 40 megapixels. Location and camera data are removed.
create-reference-alt = The chosen reference image
create-reference-remove = Remove
create-cost = Cost:
create-balance = You have
create-too-dear = Not enough credits for this.
create-ask-more = Ask for more
create-too-dear-end = or make fewer images.
create-submit = Generate
create-starting = Starting…

## A generation's card
job-queued = Queued — waiting for a free worker…
job-progress = Generating… { $ready } of { $count } ready
job-done = Done
job-done-images = { $count ->
    [one] Done — { $count } image
   *[other] Done — { $count } images
}
job-failed = Failed — your credits were given back
job-meta = { $model } · { $size } · seed { $seed } · { $credits }
job-results = Results
job-image-alt = Generated image { $number }: { $prompt }
job-download = Download
job-download-image = image { $number }
job-kept = Kept until { $date }, then deleted.

## Service status
status-ok = All systems operational
status-database = We're having trouble with our database. Your data is safe; please try again shortly.
status-storage = We're having trouble storing files. Your images are safe; please try again shortly.
status-unknown = Status unknown
status-unreachable = We couldn't reach the server to check. Try again in a moment.
status-check = Check again
status-checking = Checking…

## Gallery
gallery-title = Gallery
gallery-lead = Everything you made. Only you can see it, unless you share an image.
gallery-new-image = New image
gallery-notice-deleted = Deleted. The files are gone and their share links no longer work.
gallery-notice-nothing-selected = Select at least one image first.
gallery-notice-retry-credits = You don't have enough credits to run that again.
gallery-notice-retry-unavailable = That generation can't be retried: its model may no longer be offered.
gallery-loading = Loading
gallery-delete-images = { $count ->
    [1] Delete this image?
   *[other] Delete these { $count } images?
}
gallery-delete-failed = { $count ->
    [1] Delete this failed generation?
   *[other] Delete these { $count } failed generations?
}
gallery-delete-mixed = Delete { $images } images and { $generations } failed generations?
gallery-delete-text = Their files are deleted at once and any share links to them stop working. This cannot be undone.
gallery-delete-confirm = Delete for good
gallery-cancel = Cancel
gallery-search-filter = Search and filter
gallery-search = Search prompts
gallery-search-placeholder = e.g. lighthouse
gallery-apply = Apply
gallery-clear = Clear
gallery-filters = Filters
gallery-filters-count = Filters ({ $count })
gallery-any-model = Any model
gallery-status = Status
gallery-status-any = Any status
gallery-status-done = Done
gallery-status-failed = Failed
gallery-status-in-progress = In progress
gallery-shared = Shared
gallery-shared-any = Shared or not
gallery-shared-yes = Shared
gallery-shared-no = Not shared
gallery-from = From
gallery-to = To
gallery-order = Order
gallery-sort-newest = Newest first
gallery-sort-oldest = Oldest first
gallery-filter-errors = Some filters could not be used and were left out:
gallery-empty-title = Your gallery is empty
gallery-empty-text = Images you make appear here, kept private until you share them.
gallery-empty-action = Make your first image
gallery-no-match-title = Nothing matches
gallery-no-match-text = Try other words or fewer filters.
gallery-show-all = Show everything
gallery-tick = Tick images to delete several at once.
gallery-delete-selected = Delete selected
gallery-images = Your images
gallery-more = Load more
gallery-select-failed = Select the failed generation “{ $prompt }”
gallery-retry = Retry
gallery-select = Select “{ $prompt }”
gallery-badge-shared = Shared

## One image in the gallery
item-notice-shared = Your share link is ready. Anyone with it can see this image.
item-notice-revoked = That share link no longer works.
item-notice-updated = The share's expiry is changed.
item-title = { $prompt } — Gallery
item-breadcrumb = Breadcrumb
item-image = Image
item-prev-next = Previous and next image
item-newer = ← Newer
item-older = Older →
item-details = Image details
item-copy-prompt = Copy prompt
item-left-out = Left out
item-position = image { $number } of { $count }
item-took = Took
item-duration-ms = { $ms } ms
item-duration-s = { $seconds } s
item-cost = Cost
item-created = Created
item-kept = Kept
item-kept-until = Kept until { $date }, then deleted
item-kept-forever = Kept until you delete it
item-download = Download original
item-remix = Remix
item-publish = Publish
item-delete = Delete…

## Sharing an image
share-title = Share
share-lead = A public page with this image. You choose what it shows and when it stops working.
share-show-prompt = Show the prompt
share-show-name = Show my name ({ $name })
share-create = Create share link
share-links = Links to this image
share-expiry = Link works for
share-expiry-date = Until (for “on a date”)
share-expiry-never = Never
share-expiry-day = 1 day
share-expiry-week = 7 days
share-expiry-month = 30 days
share-expiry-on-date = On a date…
share-expired = Expired { $date }
share-until = Until { $date }
share-no-expiry = No expiry
share-views = { $count ->
    [one] { $count } view
   *[other] { $count } views
}
share-prompt-shown = prompt shown
share-name-shown = name shown
share-copy-link = Copy link
share-stop = Stop sharing

## The list of shares
shares-title = Shares
shares-lead = Public links to your images. Anyone with a link can see its image until it ends; stopping a link ends it at once.
shares-empty-title = You haven't shared anything
shares-empty-text = Open an image in your gallery and choose Share to make a link.
shares-open-gallery = Open the gallery
shares-ended = Ended { $date }
shares-made = Made
shares-change-expiry = Change expiry
shares-save-expiry = Save expiry
shares-stop-label = Stop sharing “{ $prompt }”

## The public page of a share
share-page-fallback = An image made with Obscura, a private AI image studio.
share-page-by = An image by { $name }
share-page-untitled = A shared image
share-page-alt = An image shared from Obscura
share-page-shared-by = Shared by { $name }
share-page-on-x = Share on X
share-page-on-facebook = Share on Facebook
share-page-pin = Pin it
share-page-share = Share…
share-page-made-with = Made with Obscura
share-page-studio = — a private AI image studio.
