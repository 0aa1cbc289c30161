/** The preview URL of an item's drawing (served by the sketch endpoint). */
export function sketchPreviewPath(interviewId: string, itemId: string): string {
  return `/api/interviews/${interviewId}/items/${itemId}/sketch/preview`;
}
