// @vitest-environment node
// The committed map shapes are what the script makes from world-atlas today: regenerate with `npm run map`.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { makeWorldShapes, WORLD_SHAPES_FILE } from './make-world-map'

it('src/features/entities/world-shapes.json is up to date with world-atlas and the projection', () => {
  const committed: unknown = JSON.parse(readFileSync(WORLD_SHAPES_FILE, 'utf8'))
  expect(committed).toEqual(makeWorldShapes())
})
