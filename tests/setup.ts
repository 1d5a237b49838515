// Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock; unit tests stay in Node
// so the pipeline is proven to run without a DOM.
import "@testing-library/jest-dom/vitest";
