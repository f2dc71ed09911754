import { describe, expect, it } from 'vitest'
import { locateCacheFolder } from './locate-cache-folder.js'

const home = '/home/anna'
const cwd = '/home/anna/repo'

describe('locateCacheFolder', () => {
  it('is ~/.cache/fordela by default', () => {
    expect(locateCacheFolder({}, home, cwd)).toBe('/home/anna/.cache/fordela')
  })

  it('follows an absolute XDG_CACHE_HOME and ignores a relative one, as the XDG spec says', () => {
    expect(locateCacheFolder({ XDG_CACHE_HOME: '/var/cache/anna' }, home, cwd)).toBe('/var/cache/anna/fordela')
    expect(locateCacheFolder({ XDG_CACHE_HOME: 'cache' }, home, cwd)).toBe('/home/anna/.cache/fordela')
  })

  it('takes FORDELA_CACHE_DIR as it is, relative to the working directory', () => {
    expect(locateCacheFolder({ FORDELA_CACHE_DIR: '/tmp/fc', XDG_CACHE_HOME: '/var/cache/anna' }, home, cwd)).toBe(
      '/tmp/fc',
    )
    expect(locateCacheFolder({ FORDELA_CACHE_DIR: '.cache' }, home, cwd)).toBe('/home/anna/repo/.cache')
  })

  it('is off with FORDELA_NO_CODE_CACHE set to anything but 0, or without a home', () => {
    expect(locateCacheFolder({ FORDELA_NO_CODE_CACHE: '1', FORDELA_CACHE_DIR: '/tmp/fc' }, home, cwd)).toBeUndefined()
    expect(locateCacheFolder({ FORDELA_NO_CODE_CACHE: 'true' }, home, cwd)).toBeUndefined()
    expect(locateCacheFolder({ FORDELA_NO_CODE_CACHE: '0' }, home, cwd)).toBe('/home/anna/.cache/fordela')
    expect(locateCacheFolder({ FORDELA_NO_CODE_CACHE: '' }, home, cwd)).toBe('/home/anna/.cache/fordela')
    expect(locateCacheFolder({}, '', cwd)).toBeUndefined()
  })
})
