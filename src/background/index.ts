// Placeholder entry; the background lands with the popup work.
export {};
