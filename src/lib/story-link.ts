// The link to a story's page, built in one place (to join the shared links module when it lands).
export const storyHref = (id: string) => `/stories/${encodeURIComponent(id)}`

/** A story is named on a card only once it is more than a pair of articles. */
export const STORY_LINK_MIN_SIZE = 3
