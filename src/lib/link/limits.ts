/**
 * Longest input read at all (a legitimate link with Korean names stays far below). In its
 * own module so local storage's reader, which loads with the page, does not pull in the codec.
 */
export const MAX_LINK_LENGTH = 65536;
